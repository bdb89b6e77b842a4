package io.trustbench.secureelement.core.tests;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.trustbench.cli.CliCommand;
import io.trustbench.secureelement.core.DeviceType;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;

/**
 * plugin.xml: every command documented (description, usage, help in plugin.properties) with a
 * loadable class; every extension point has its schema; the built-in fallback matches.
 */
class ContributionsTest {

	private static Path bundle() {
		return Oracles.root().getParent().getParent().resolve("bundles/io.trustbench.secureelement.core");
	}

	private static Document pluginXml() throws Exception {
		try (InputStream in = Files.newInputStream(bundle().resolve("plugin.xml"))) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private static Properties properties() throws Exception {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(bundle().resolve("plugin.properties"))) {
			p.load(in);
		}
		return p;
	}

	private static String resolve(Properties p, String value) {
		return value.startsWith("%") ? p.getProperty(value.substring(1)) : value;
	}

	@Test
	void everyDeviceCommandIsDocumentedAndLoadable() throws Exception {
		Properties p = properties();
		NodeList commands = pluginXml().getElementsByTagName("command");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < commands.getLength(); i++) {
			Element c = (Element) commands.item(i);
			String name = c.getAttribute("name");
			names.add(name);
			for (String attribute : List.of("description", "usage", "help")) {
				String value = resolve(p, c.getAttribute(attribute));
				assertTrue(value != null && !value.isBlank(), name + " has no " + attribute);
			}
			assertTrue(c.getAttribute("usage").startsWith(name), name + " usage starts with its name");
			Object command = Class.forName(c.getAttribute("class")).getConstructor().newInstance();
			assertTrue(command instanceof CliCommand, name);
			if (!name.equals("device serve")) {
				assertEquals("true", c.getAttribute("json"), name + " is a data command: accepts --json");
			}
		}
		assertTrue(names.containsAll(List.of("device list", "device info", "device config", "device pubkey", "device sign",
				"device verify", "device ecdh", "device random", "device genkey", "device lock", "device read")), names.toString());
	}

	@Test
	void extensionPointsHaveSchemasAndBuiltinsMatchPluginXml() throws Exception {
		Document doc = pluginXml();
		NodeList points = doc.getElementsByTagName("extension-point");
		assertEquals(3, points.getLength());
		for (int i = 0; i < points.getLength(); i++) {
			String schema = ((Element) points.item(i)).getAttribute("schema");
			assertTrue(Files.isRegularFile(bundle().resolve(schema)), schema);
		}
		NodeList types = doc.getElementsByTagName("deviceType");
		List<DeviceType> builtin = DeviceTypeRegistry.load().all();
		assertEquals(types.getLength(), builtin.size());
		for (int i = 0; i < types.getLength(); i++) {
			Element t = (Element) types.item(i);
			DeviceType b = builtin.get(i);
			assertEquals(t.getAttribute("id"), b.id());
			assertEquals(t.getAttribute("kitName"), b.kitName() == null ? "" : b.kitName());
			assertEquals(Integer.decode(t.getAttribute("usbVendorId")).intValue(), b.vendorId());
			assertEquals(Integer.decode(t.getAttribute("usbProductId")).intValue(), b.productId());
			if (!t.getAttribute("emulatorProfile").isEmpty()) {
				Class.forName(t.getAttribute("emulatorProfile")).getConstructor().newInstance();
			}
		}
		NodeList transports = doc.getElementsByTagName("transport");
		for (int i = 0; i < transports.getLength(); i++) {
			Class.forName(((Element) transports.item(i)).getAttribute("class")).getConstructor().newInstance();
		}
	}

	@Test
	void coreManifestNamesNoUiBundles() throws Exception {
		String manifest = Files.readString(bundle().resolve("META-INF/MANIFEST.MF"));
		for (String ui : List.of("org.eclipse.ui", "org.eclipse.swt", "org.eclipse.jface")) {
			assertFalse(manifest.contains(ui), "a core bundle must not name " + ui);
		}
	}
}
