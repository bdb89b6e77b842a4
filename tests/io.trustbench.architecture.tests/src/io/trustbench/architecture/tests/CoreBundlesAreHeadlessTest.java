package io.trustbench.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the headless/UI split honest: a {@code *.core} bundle (and the CLI, emulator and other
 * headless bundles) must run without a display, so its manifest may not name the workbench,
 * SWT or JFace — neither as a required bundle nor as an imported package.
 */
public class CoreBundlesAreHeadlessTest {

	private static final Pattern UI = Pattern.compile("\\borg\\.eclipse\\.(ui|swt|jface)\\b");

	static Path repositoryRoot() {
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("bundles"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("bundles/ not found above " + Paths.get("").toAbsolutePath());
		}
		return dir;
	}

	static List<String> violations(Manifest manifest) {
		List<String> found = new ArrayList<>();
		for (String header : List.of("Require-Bundle", "Import-Package", "DynamicImport-Package", "Fragment-Host")) {
			String value = manifest.getMainAttributes().getValue(header);
			if (value != null && UI.matcher(value).find()) {
				found.add(header + ": " + value.replaceAll("\\s+", " "));
			}
		}
		return found;
	}

	static boolean isHeadless(String bundleName) {
		return bundleName.endsWith(".core") || bundleName.contains(".core.") || bundleName.equals("io.trustbench.cli")
				|| bundleName.endsWith(".emulator");
	}

	@Test
	void headlessBundlesDoNotNameUiBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> bundles = Files.list(repositoryRoot().resolve("bundles"))) {
			for (Path bundle : (Iterable<Path>) bundles::iterator) {
				Path manifestFile = bundle.resolve("META-INF/MANIFEST.MF");
				if (!isHeadless(bundle.getFileName().toString()) || !Files.isRegularFile(manifestFile)) {
					continue;
				}
				checked++;
				try (InputStream in = Files.newInputStream(manifestFile)) {
					violations(new Manifest(in)).forEach(v -> problems.add(bundle.getFileName() + " → " + v));
				}
			}
		}
		assertTrue(checked >= 2, "found the core bundles (" + checked + ")");
		assertTrue(problems.isEmpty(), "headless bundles name UI bundles:\n" + String.join("\n", problems));
	}

	@Test
	void theCheckCatchesAViolation() throws IOException {
		String text = "Manifest-Version: 1.0\nBundle-SymbolicName: x.core\nRequire-Bundle: org.eclipse.core.runtime,\n org.eclipse.jface\n";
		Manifest manifest = new Manifest(new java.io.ByteArrayInputStream(text.getBytes()));
		assertFalse(violations(manifest).isEmpty());
		String swt = "Manifest-Version: 1.0\nImport-Package: org.eclipse.swt.widgets\n";
		assertFalse(violations(new Manifest(new java.io.ByteArrayInputStream(swt.getBytes()))).isEmpty());
		String fine = "Manifest-Version: 1.0\nRequire-Bundle: org.eclipse.core.runtime,org.eclipse.equinox.app\n";
		assertTrue(violations(new Manifest(new java.io.ByteArrayInputStream(fine.getBytes()))).isEmpty());
	}
}
