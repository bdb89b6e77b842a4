package io.trustbench.pki.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.asn1.x509.Certificate;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.pki.core.Field;
import io.trustbench.pki.ui.CertificateEditors;
import io.trustbench.pki.ui.internal.editor.CertificateEditor;
import io.trustbench.pki.ui.internal.editor.HexPanel;
import io.trustbench.pki.ui.internal.editor.InspectorWidgets;
import io.trustbench.pki.ui.internal.model.Asn1Item;
import io.trustbench.pki.ui.internal.model.CertificateStatus;
import io.trustbench.pki.ui.internal.model.HexLayout;

/**
 * The Certificate Inspector in the running workbench: a generated P-256 root → signer → device
 * chain opens in the editor; fields, hex highlighting, ASN.1 tree and chain verdicts are
 * checked against BouncyCastle's encoding of the same certificates.
 */
public class CertificateInspectorTest {

	@TempDir
	Path dir;
	private String previousWorkspace;

	@BeforeEach
	void isolateWorkspace() {
		previousWorkspace = System.getProperty(WorkspaceLocation.PROPERTY);
		// No pki/root-ca.pem here: trust comes only from what each test puts in its files.
		WorkspaceLocation.set(dir.resolve("workspace"));
	}

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
		if (previousWorkspace == null) {
			System.clearProperty(WorkspaceLocation.PROPERTY);
		} else {
			System.setProperty(WorkspaceLocation.PROPERTY, previousWorkspace);
		}
	}

	private CertificateEditor open(String name, byte[] content) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, content);
		IEditorPart part = CertificateEditors.open(Ui.page(), file);
		CertificateEditor editor = assertInstanceOf(CertificateEditor.class, part);
		Ui.flush();
		return editor;
	}

	@Test
	void fieldTreeShowsSubjectIssuerAndSerialOfTheDevice() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("chain.pem", chain.pem().getBytes(StandardCharsets.US_ASCII));
		assertNull(editor.error());
		assertEquals(3, editor.certificates().size());
		assertEquals(CertificateEditors.EDITOR_ID, editor.getSite().getId());

		Tree tree = Ui.find(editor.control(), InspectorWidgets.FIELDS);
		assertNotNull(tree);
		String subject = rowValue(tree, "Subject");
		String issuer = rowValue(tree, "Issuer");
		String serial = rowValue(tree, "Serial Number");
		assertTrue(subject.contains("CN=Device 0123AABBCCDDEEFF01"), subject);
		assertTrue(issuer.contains("CN=Trustbench Test Signer FFFF"), issuer);
		assertTrue(serial.replace(":", "").contains("6c8a1d2e3f405162738495a6b7c8d9e0"), serial);
		assertTrue(serial.contains(new java.math.BigInteger("6c8a1d2e3f405162738495a6b7c8d9e0", 16).toString()),
				"decimal serial: " + serial);
		assertTrue(rowValue(tree, "Validity").contains("days left"), "days left shown");
		assertTrue(rowValue(tree, "Fingerprints").length() > 0);
	}

	@Test
	void selectingAFieldHighlightsExactlyItsDerBytes() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("device.der", chain.device);
		Certificate bc = Certificate.getInstance(chain.device);

		assertHighlightIs(editor, new String[] { "Subject" }, bc.getSubject().getEncoded("DER"));
		assertHighlightIs(editor, new String[] { "Issuer" }, bc.getIssuer().getEncoded("DER"));
		assertHighlightIs(editor, new String[] { "Serial Number" }, bc.getSerialNumber().getEncoded("DER"));
		assertHighlightIs(editor, new String[] { "Subject Public Key Info" },
				bc.getSubjectPublicKeyInfo().getEncoded("DER"));
		assertHighlightIs(editor, new String[] { "Validity", "Not After" }, bc.getEndDate().getEncoded("DER"));
		assertHighlightIs(editor, new String[] { "Signature Value" }, bc.getSignature().getEncoded("DER"));
		String basicConstraints = editor.fieldsPanel().viewer().getTree().getItemCount() > 0
				? extensionName(editor, "Basic Constraints") : null;
		assertNotNull(basicConstraints, "basic constraints decoded by name");
		assertHighlightIs(editor, new String[] { "Extensions", basicConstraints },
				bc.getTBSCertificate().getExtensions().getExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints)
						.getEncoded("DER"));
	}

	private void assertHighlightIs(CertificateEditor editor, String[] path, byte[] expectedDer) {
		assertTrue(editor.fieldsPanel().select(path), "field " + String.join("/", path));
		Ui.flush();
		Field field = editor.fieldsPanel().selection();
		HexPanel hex = editor.hexPanel();
		// The highlight is what the core reports for the field ...
		assertEquals(field.offset(), hex.highlightOffset(), "offset of " + field.name());
		assertEquals(field.length(), hex.highlightLength(), "length of " + field.name());
		// ... those bytes are the field's DER as BouncyCastle encodes it ...
		byte[] certificate = editor.selectedCertificate().encoded();
		assertArrayEquals(expectedDer, java.util.Arrays.copyOfRange(certificate, field.offset(),
				field.offset() + field.length()), "DER of " + field.name());
		// ... and the styled text shows exactly those bytes highlighted, in hex and ASCII.
		assertArrayEquals(expectedDer, highlightedHexBytes(hex), "highlighted hex of " + field.name());
		StyledText text = Ui.find(editor.control(), InspectorWidgets.HEX);
		int firstLine = HexLayout.lineOf(field.offset());
		int visible = text.getClientArea().height / text.getLineHeight();
		assertTrue(visible > 0, "hex pane has room");
		assertTrue(text.getTopIndex() <= firstLine && firstLine < text.getTopIndex() + visible,
				"scrolled to " + field.name() + " (top " + text.getTopIndex() + ", " + visible + " lines, field at "
						+ firstLine + ")");
	}

	/** Reads the bytes back from the hex digits under the highlight style ranges. */
	static byte[] highlightedHexBytes(HexPanel hex) {
		String content = hex.text().getText();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (StyleRange range : hex.highlightRanges()) {
			int column = range.start % HexLayout.LINE_LENGTH;
			if (column < HexLayout.ASCII_COLUMN) {
				String digits = content.substring(range.start, range.start + range.length).replace(" ", "");
				bytes.writeBytes(HexFormat.of().parseHex(digits));
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void asn1TreeRootIsASequenceSpanningTheCertificateAndHighlightsNodes() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("chain.crt", TestChain.concat(chain.device, chain.signer, chain.root));
		Tree tree = Ui.find(editor.control(), InspectorWidgets.ASN1);
		assertEquals(1, tree.getItemCount());
		assertEquals("SEQUENCE", tree.getItem(0).getText(0));
		Asn1Item root = editor.asn1Panel().root();
		assertEquals(0, root.offset());
		assertEquals(chain.device.length, root.length());
		assertEquals("0", tree.getItem(0).getText(1));

		editor.showTab(true);
		Asn1Item tbs = editor.asn1Panel().select(0);
		Ui.flush();
		assertEquals(tbs.offset(), editor.hexPanel().highlightOffset());
		assertEquals(tbs.length(), editor.hexPanel().highlightLength());
		assertArrayEquals(Certificate.getInstance(chain.device).getTBSCertificate().getEncoded("DER"),
				highlightedHexBytes(editor.hexPanel()));
	}

	@Test
	void extensionValuesShowTheDerTheyEncapsulate() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("device.cer", chain.device);
		Asn1Item extensions = editor.asn1Panel().root().children().get(0).children().stream()
				.filter(item -> item.tag().equals("[3]")).findFirst().orElseThrow();
		Asn1Item firstExtension = extensions.children().get(0).children().get(0);
		Asn1Item value = firstExtension.children().get(firstExtension.children().size() - 1);
		assertEquals("OCTET STRING", value.tag());
		assertEquals(1, value.children().size(), "extnValue decoded");
		Asn1Item inner = value.children().get(0);
		assertTrue(inner.isEncapsulated());
		assertEquals(value.offset() + value.node().headerLength(), inner.offset(), "offset inside the certificate");
		byte[] der = chain.device;
		assertArrayEquals(java.util.Arrays.copyOfRange(der, inner.offset(), inner.offset() + inner.length()),
				inner.node().encoded());
	}

	@Test
	void clickingAByteSelectsTheFieldContainingIt() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("device.pem", TestChain.pem(chain.device).getBytes(StandardCharsets.US_ASCII));
		Field subject = editor.fieldsPanel().viewer().getInput() instanceof Field root ? root.child("Subject") : null;
		assertNotNull(subject);
		StyledText text = editor.hexPanel().text();
		int byteInsideSubject = subject.offset() + subject.length() - 2;
		text.setCaretOffset(HexLayout.hexPosition(byteInsideSubject));
		text.notifyListeners(org.eclipse.swt.SWT.MouseUp, new org.eclipse.swt.widgets.Event());
		Ui.flush();
		Field selected = editor.fieldsPanel().selection();
		assertNotNull(selected);
		assertTrue(selected.offset() >= subject.offset()
				&& selected.offset() + selected.length() <= subject.offset() + subject.length(),
				"selected " + selected.name() + " inside Subject");
	}

	@Test
	void copyPutsTheSelectedFieldOnTheClipboard() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("copy.der", chain.device);
		Ui.page().activate(editor);
		editor.fieldsPanel().viewer().getControl().setFocus();
		assertTrue(editor.fieldsPanel().select("Subject"));
		Ui.flush();
		editor.getSite().getWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY, null);
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(editor.control().getDisplay());
		try {
			Object copied = clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
			assertEquals(editor.selectionText(), copied);
			assertTrue(String.valueOf(copied).startsWith("Subject: ") && String.valueOf(copied).contains("CN=Device"),
					String.valueOf(copied));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void chainStatusIsValidForAGoodChain() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("good.pem", chain.pem().getBytes(StandardCharsets.US_ASCII));
		List<CertificateStatus> statuses = editor.chainPanel().statuses();
		assertEquals(3, statuses.size());
		for (CertificateStatus status : statuses) {
			assertEquals(CertificateStatus.Verdict.VALID, status.verdict(), status.message());
		}
		Table table = Ui.find(editor.control(), InspectorWidgets.CHAIN);
		assertEquals(3, table.getItemCount());
		assertTrue(table.getItem(0).getText(3).startsWith("valid"), table.getItem(0).getText(3));
		assertNotNull(table.getItem(0).getImage(0), "status icon");
		Label anchor = Ui.find(editor.control(), InspectorWidgets.ANCHOR);
		assertTrue(anchor.getText().contains("self-signed"), anchor.getText());
	}

	@Test
	void chainStatusNamesTheBadSignature() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("tampered.der", TestChain.concat(chain.tamperedDevice(), chain.signer, chain.root));
		CertificateStatus device = editor.chainPanel().statuses().get(0);
		assertEquals(CertificateStatus.Verdict.FAILED, device.verdict());
		assertTrue(device.message().contains("signature"), device.message());
		assertEquals(CertificateStatus.Verdict.VALID, editor.chainPanel().statuses().get(1).verdict(),
				"the signer is still fine");
		Table table = Ui.find(editor.control(), InspectorWidgets.CHAIN);
		assertTrue(table.getItem(0).getText(3).contains("signature"), table.getItem(0).getText(3));
	}

	@Test
	void chainStatusNamesTheExpiredCertificate() throws Exception {
		TestChain chain = new TestChain(Instant.now().minus(Duration.ofDays(1)));
		CertificateEditor editor = open("expired.pem", chain.pem().getBytes(StandardCharsets.US_ASCII));
		CertificateStatus device = editor.chainPanel().statuses().get(0);
		assertEquals(CertificateStatus.Verdict.FAILED, device.verdict());
		assertTrue(device.message().contains("expired"), device.message());
		Tree fields = Ui.find(editor.control(), InspectorWidgets.FIELDS);
		assertTrue(rowValue(fields, "Validity").contains("expired"), rowValue(fields, "Validity"));
	}

	@Test
	void withoutAnyRootTheChainIsNotValidatedButNotCalledInvalid() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = open("leaf-only.pem", TestChain.pem(chain.device).getBytes(StandardCharsets.US_ASCII));
		CertificateStatus status = editor.chainPanel().statuses().get(0);
		assertEquals(CertificateStatus.Verdict.UNKNOWN, status.verdict());
		assertTrue(status.message().contains("Trust Anchor"), status.message());
	}

	@Test
	void theWorkspaceRootIsATrustAnchor() throws Exception {
		TestChain chain = new TestChain();
		Path workspaceRoot = dir.resolve("workspace/pki/root-ca.pem");
		Files.createDirectories(workspaceRoot.getParent());
		Files.writeString(workspaceRoot, TestChain.pem(chain.root));
		CertificateEditor editor = open("device-and-signer.pem",
				(TestChain.pem(chain.device) + TestChain.pem(chain.signer)).getBytes(StandardCharsets.US_ASCII));
		assertEquals(CertificateStatus.Verdict.VALID, editor.chainPanel().statuses().get(0).verdict(),
				editor.chainPanel().statuses().get(0).message());
		assertTrue(editor.trustAnchors().description().contains("root-ca.pem"), editor.trustAnchors().description());
	}

	@Test
	void garbageShowsAnErrorMessageInTheEditor() throws Exception {
		byte[] garbage = new byte[300];
		new java.util.Random(7).nextBytes(garbage);
		garbage[0] = 0x30; // looks like DER at first glance
		CertificateEditor editor = open("garbage.der", garbage);
		assertNotNull(editor.error());
		Label message = Ui.find(editor.control(), InspectorWidgets.ERROR);
		assertNotNull(message, "error label in the editor area");
		assertEquals(editor.error(), message.getText());
		assertFalse(message.getText().contains("Exception"), message.getText());
		assertFalse(message.getText().contains("\n"), "one line");
		assertTrue(message.getText().startsWith("not a DER certificate") || message.getText().contains("certificate"),
				message.getText());

		CertificateEditor text = open("notes.pem", "hello, not a certificate\n".getBytes(StandardCharsets.US_ASCII));
		assertNotNull(text.error());
		assertTrue(text.error().contains("neither PEM nor DER"), text.error());
	}

	@Test
	void aMissingFileSaysSo() throws Exception {
		IEditorPart part = CertificateEditors.open(Ui.page(), dir.resolve("gone.pem"));
		CertificateEditor editor = assertInstanceOf(CertificateEditor.class, part);
		assertTrue(editor.error().contains("does not exist"), editor.error());
	}

	@Test
	void deviceCertificatesOpenFromBytesAndThroughTheCommand() throws Exception {
		TestChain chain = new TestChain();
		IWorkbenchPage page = Ui.page();
		IEditorPart part = CertificateEditors.open(page, "Thing kit — device", TestChain.concat(chain.device, chain.signer));
		CertificateEditor editor = assertInstanceOf(CertificateEditor.class, part);
		assertEquals("Thing kit — device", editor.getPartName());
		assertEquals(2, editor.certificates().size());
		assertNull(editor.directory());

		org.eclipse.ui.handlers.IHandlerService handlers = page.getWorkbenchWindow()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);
		org.eclipse.ui.commands.ICommandService commands = page.getWorkbenchWindow()
				.getService(org.eclipse.ui.commands.ICommandService.class);
		org.eclipse.core.commands.Command command = commands.getCommand(CertificateEditors.OPEN_DEVICE_CERTIFICATE_COMMAND_ID);
		java.util.Map<String, String> parameters = java.util.Map.of(
				CertificateEditors.PARAMETER_TITLE, "Signer kit",
				CertificateEditors.PARAMETER_CERTIFICATES, java.util.Base64.getEncoder().encodeToString(chain.signer),
				CertificateEditors.PARAMETER_ORIGIN, "Device Explorer: Signer kit slot 12");
		Object result = handlers.executeCommand(
				org.eclipse.core.commands.ParameterizedCommand.generateCommand(command, parameters), null);
		CertificateEditor fromCommand = assertInstanceOf(CertificateEditor.class, result);
		assertEquals("Signer kit", fromCommand.getPartName());
		assertEquals("Device Explorer: Signer kit slot 12", fromCommand.getTitleToolTip());
		assertTrue(fromCommand.selectedCertificate().subject().contains("Signer"));
	}

	private static String rowValue(Tree tree, String name) {
		for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
			if (item.getText(0).equals(name)) {
				return item.getText(1);
			}
		}
		throw new AssertionError("no row " + name);
	}

	private static String extensionName(CertificateEditor editor, String contains) {
		Field root = (Field) editor.fieldsPanel().viewer().getInput();
		for (Field extension : root.child("Extensions").children()) {
			if (extension.name().contains(contains)) {
				return extension.name();
			}
		}
		return null;
	}
}
