package io.denialwatch.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the build's project version). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"denialwatch " + (v == null ? "development" : v)};
    }
}
