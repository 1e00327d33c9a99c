package parallax.job;

/** Versions of Parallax and its libraries, read from their jar manifests. */
final class Versions {

  private Versions() {}

  static String parallax() {
    String version = Versions.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
