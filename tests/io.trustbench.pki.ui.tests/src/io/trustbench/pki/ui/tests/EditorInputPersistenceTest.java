package io.trustbench.pki.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.Test;

import io.trustbench.pki.ui.internal.editor.CertificateBytesInput;
import io.trustbench.pki.ui.internal.editor.CertificateFileInput;

/** Inputs save themselves and come back through their registered element factories (editors reopen after restart). */
public class EditorInputPersistenceTest {

	@Test
	void fileInputRestoresItsPath() {
		CertificateFileInput input = new CertificateFileInput(Path.of("/tmp/some dir/device.pem"));
		CertificateFileInput restored = assertInstanceOf(CertificateFileInput.class, roundTrip(input));
		assertEquals(input, restored);
		assertEquals("device.pem", restored.getName());
		assertEquals("/tmp/some dir/device.pem", restored.getPath().toOSString());
	}

	@Test
	void deviceCertificatesRestoreTheirBytes() throws Exception {
		byte[] der = new TestChain().device;
		CertificateBytesInput input = new CertificateBytesInput("Thing kit", "Device Explorer: Thing kit", der);
		CertificateBytesInput restored = assertInstanceOf(CertificateBytesInput.class, roundTrip(input));
		assertEquals(input, restored);
		assertArrayEquals(der, restored.read());
		assertEquals("Device Explorer: Thing kit", restored.getToolTipText());
	}

	private static Object roundTrip(IPersistableElement element) {
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		element.saveState(memento);
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(element.getFactoryId());
		assertNotNull(factory, "factory " + element.getFactoryId() + " registered");
		return factory.createElement(memento);
	}
}
