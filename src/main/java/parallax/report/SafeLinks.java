package parallax.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides which article addresses the report may turn into links. Escaping stops markup, but not a
 * {@code javascript:} or {@code data:} address in an {@code href}; only absolute {@code http} and
 * {@code https} addresses are linked, everything else is shown as text. Stateless, thread-safe.
 */
final class SafeLinks {

  private SafeLinks() {}

  /** {@code url} when it is a well-formed http(s) address, else null. */
  static String href(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
