package io.trustbench.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Versions shown by {@code version} and Help > About: Trustbench, Java, and the key libraries. */
public final class Versions {

	/** Label → bundle symbolic-name prefix; the first installed match gives the version. */
	private static final String[][] LIBRARIES = {
			{ "Eclipse platform (runtime)", "org.eclipse.core.runtime" },
			{ "Equinox OSGi", "org.eclipse.osgi" },
			{ "SWT", "org.eclipse.swt" },
			{ "BouncyCastle provider", "bcprov" },
			{ "BouncyCastle TLS", "bctls" },
			{ "AWS SDK for Java v2 (IoT)", "software.amazon.awssdk.iot" },
			{ "Eclipse Paho MQTT", "org.eclipse.paho" },
			{ "Moquette MQTT broker", "moquette" },
			{ "hid4java", "hid4java" },
			{ "jSerialComm", "com.fazecast.jSerialComm" },
	};

	private Versions() {
	}

	public static Map<String, String> collect() {
		Map<String, String> versions = new LinkedHashMap<>();
		Bundle self = FrameworkUtil.getBundle(Versions.class);
		versions.put("Trustbench", self == null ? "development" : self.getVersion().toString());
		versions.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
		versions.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null) {
			return versions;
		}
		Bundle[] bundles = context.getBundles();
		for (String[] library : LIBRARIES) {
			for (Bundle bundle : bundles) {
				String name = bundle.getSymbolicName();
				if (name != null && name.startsWith(library[1])) {
					versions.put(library[0], bundle.getVersion().toString());
					break;
				}
			}
		}
		return versions;
	}
}
