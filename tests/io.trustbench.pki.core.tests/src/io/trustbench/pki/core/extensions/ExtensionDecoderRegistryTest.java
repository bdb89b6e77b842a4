package io.trustbench.pki.core.extensions;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.trustbench.cli.CliCommand;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.DecodedExtension;
import io.trustbench.pki.core.TestCertificates;

class ExtensionDecoderRegistryTest {

	private static Path bundle() {
		Path dir = Oracles.root().getParent().getParent();
		return dir.resolve("bundles").resolve("io.trustbench.pki.core");
	}

	@Test
	void pluginXmlContributesExactlyTheBuiltInDecoders() throws Exception {
		String xml = Files.readString(bundle().resolve("plugin.xml"));
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(bundle().resolve("plugin.properties"))) {
			properties.load(in);
		}
		Map<String, String> contributed = new TreeMap<>();
		Matcher m = Pattern.compile("<decoder oid=\"([^\"]+)\" name=\"%([^\"]+)\"\\s+class=\"([^\"]+)\"/>").matcher(xml);
		while (m.find()) {
			contributed.put(m.group(1), properties.getProperty(m.group(2)) + " " + m.group(3));
		}
		Map<String, String> builtIn = new TreeMap<>();
		for (ExtensionDecoderDescriptor d : BuiltInExtensionDecoders.descriptors()) {
			builtIn.put(d.oid(), d.name() + " " + BuiltInExtensionDecoders.className(d));
		}
		assertEquals(builtIn, contributed);
		assertTrue(builtIn.size() >= 20);
	}

	@Test
	void pluginXmlCommandsExistWithTheirStrings() throws Exception {
		String xml = Files.readString(bundle().resolve("plugin.xml"));
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(bundle().resolve("plugin.properties"))) {
			properties.load(in);
		}
		Matcher keys = Pattern.compile("\"%([^\"]+)\"").matcher(xml);
		while (keys.find()) {
			assertTrue(properties.containsKey(keys.group(1)), "plugin.properties lacks " + keys.group(1));
		}
		Matcher m = Pattern.compile("<command name=\"([^\"]+)\" class=\"([^\"]+)\"").matcher(xml);
		List<String> names = new ArrayList<>();
		while (m.find()) {
			names.add(m.group(1));
			Object command = Class.forName(m.group(2)).getConstructor().newInstance();
			assertTrue(command instanceof CliCommand, m.group(2));
		}
		assertEquals(List.of("cert show", "cert verify", "cert compress", "cert decompress", "pki init",
				"pki device-cert", "pki verification-cert"), names);
	}

	@Test
	void aVendorDecoderReplacesTheBuiltInOneAndAFailingDecoderFallsBackToHex() throws Exception {
		byte[] der = TestCertificates.withManyExtensions();
		List<ExtensionDecoderDescriptor> descriptors = new ArrayList<>(BuiltInExtensionDecoders.descriptors());
		descriptors.add(new ExtensionDecoderDescriptor("2.5.29.19", "Vendor Basic Constraints", "com.vendor",
				() -> value -> "vendor says CA"));
		descriptors.add(new ExtensionDecoderDescriptor("1.3.6.1.4.1.99999.7", "Acme Thing", "com.acme", () -> value -> {
			throw new IllegalStateException("acme decoder is broken");
		}));
		CertificateModel cert = CertificateModel.parse(der, new ExtensionDecoderRegistry(descriptors));
		DecodedExtension basic = cert.extension("2.5.29.19").orElseThrow();
		assertEquals("Vendor Basic Constraints", basic.name());
		assertEquals("vendor says CA", basic.text());
		DecodedExtension acme = cert.extension("1.3.6.1.4.1.99999.7").orElseThrow();
		assertFalse(acme.decoded());
		assertEquals("30:00", acme.text());
		assertTrue(acme.problem().contains("acme decoder is broken"), acme.problem());
		// without any decoder: OID as name, hex as value
		CertificateModel plain = CertificateModel.parse(der, new ExtensionDecoderRegistry(List.of()));
		DecodedExtension unknown = plain.extension("2.5.29.19").orElseThrow();
		assertEquals("2.5.29.19", unknown.name());
		assertEquals("30:06:01:01:ff:02:01:01", unknown.text());
	}

	@Test
	void theFallbackRegistryWorksWithoutOsgi() {
		assertTrue(ExtensionDecoderRegistry.get().forOid("2.5.29.17").isPresent());
	}
}
