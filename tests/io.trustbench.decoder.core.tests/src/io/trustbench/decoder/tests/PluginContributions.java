package io.trustbench.decoder.tests;

import io.trustbench.testing.Oracles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.trustbench.decoder.Dissector;
import io.trustbench.decoder.DissectorRegistry;

/**
 * The bundle's own plugin.xml contributions registered without an OSGi runtime, so that plain
 * JUnit runs use exactly what the product declares (and a typo in plugin.xml fails a test).
 */
final class PluginContributions {

	private PluginContributions() {
	}

	static Path pluginXml() {
		Path tests = Oracles.root().getParent();
		return tests.getParent().resolve("bundles/io.trustbench.decoder.core/plugin.xml");
	}

	static List<Element> elements(String name) throws Exception {
		Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(Files.newInputStream(pluginXml())).getDocumentElement();
		NodeList nodes = root.getElementsByTagName(name);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			out.add((Element) nodes.item(i));
		}
		return out;
	}

	/** Built-ins plus the dissectors plugin.xml contributes. */
	static DissectorRegistry registry() throws Exception {
		DissectorRegistry registry = DissectorRegistry.builtins();
		for (Element e : elements("dissector")) {
			Class<?> type = Class.forName(e.getAttribute("class"));
			registry.register(e.getAttribute("parent"), e.getAttribute("discriminator"), e.getAttribute("label"), () -> {
				try {
					return (Dissector) type.getDeclaredConstructor().newInstance();
				} catch (ReflectiveOperationException x) {
					throw new IllegalStateException(x);
				}
			});
		}
		return registry;
	}
}
