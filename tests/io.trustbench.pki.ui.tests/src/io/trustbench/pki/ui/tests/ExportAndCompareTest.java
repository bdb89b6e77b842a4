package io.trustbench.pki.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.ui.CertificateEditors;
import io.trustbench.pki.ui.internal.compare.CompareDialog;
import io.trustbench.pki.ui.internal.editor.CertificateEditor;
import io.trustbench.pki.ui.internal.editor.InspectorWidgets;
import io.trustbench.pki.ui.internal.model.CertificateComparison;
import io.trustbench.pki.ui.internal.model.ExportFormat;

/** Export round-trips through BouncyCastle's readers; Compare marks exactly the fields that differ. */
public class ExportAndCompareTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		Ui.page().closeAllEditors(false);
	}

	private CertificateEditor openChain(TestChain chain) throws Exception {
		Path file = dir.resolve("chain.pem");
		Files.writeString(file, chain.pem());
		CertificateEditor editor = assertInstanceOf(CertificateEditor.class, CertificateEditors.open(Ui.page(), file));
		Ui.flush();
		return editor;
	}

	@Test
	void exportsPemDerAndPkcs7ThatBouncyCastleReadsBack() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = openChain(chain);
		editor.chainPanel().select(1); // the signer
		Ui.flush();

		Path pem = dir.resolve("out/signer.pem");
		editor.export(ExportFormat.PEM, pem);
		try (PemReader reader = new PemReader(new StringReader(Files.readString(pem)))) {
			PemObject object = reader.readPemObject();
			assertEquals("CERTIFICATE", object.getType());
			assertArrayEquals(chain.signer, new X509CertificateHolder(object.getContent()).getEncoded());
		}

		Path der = dir.resolve("out/signer.der");
		editor.export(ExportFormat.DER, der);
		assertArrayEquals(chain.signer, new X509CertificateHolder(Files.readAllBytes(der)).getEncoded());

		Path p7b = dir.resolve("out/chain.p7b");
		editor.export(ExportFormat.PKCS7_CHAIN, p7b);
		CMSSignedData signedData = new CMSSignedData(Files.readAllBytes(p7b));
		Set<String> exported = new HashSet<>();
		for (X509CertificateHolder holder : signedData.getCertificates().getMatches(null)) {
			exported.add(java.util.HexFormat.of().formatHex(holder.getEncoded()));
		}
		assertEquals(Set.of(hex(chain.device), hex(chain.signer), hex(chain.root)), exported);
		assertTrue(signedData.getSignerInfos().getSigners().isEmpty(), "certs-only");

		Path bundle = dir.resolve("out/bundle.pem");
		editor.export(ExportFormat.PEM_CHAIN, bundle);
		List<byte[]> blocks = new ArrayList<>();
		try (PemReader reader = new PemReader(new StringReader(Files.readString(bundle, StandardCharsets.US_ASCII)))) {
			for (PemObject object = reader.readPemObject(); object != null; object = reader.readPemObject()) {
				blocks.add(object.getContent());
			}
		}
		assertEquals(3, blocks.size());
		assertArrayEquals(chain.device, blocks.get(0));
		assertArrayEquals(chain.root, blocks.get(2));

		// Atomic writes leave no temporary files behind.
		try (var files = Files.list(dir.resolve("out"))) {
			assertEquals(Set.of("signer.pem", "signer.der", "chain.p7b", "bundle.pem"),
					files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
		}
	}

	@Test
	void theExportedPkcs7OpensInTheInspectorAgain() throws Exception {
		TestChain chain = new TestChain();
		CertificateEditor editor = openChain(chain);
		Path p7b = dir.resolve("again.p7b");
		editor.export(ExportFormat.PKCS7_CHAIN, p7b);
		CertificateEditor reopened = assertInstanceOf(CertificateEditor.class, CertificateEditors.open(Ui.page(), p7b));
		Ui.flush();
		assertEquals(3, reopened.certificates().size());
		assertTrue(reopened.chainPanel().statuses().stream()
				.allMatch(s -> s.verdict() == io.trustbench.pki.ui.internal.model.CertificateStatus.Verdict.VALID));
	}

	@Test
	void compareMarksTheFieldsThatDiffer() throws Exception {
		TestChain chain = new TestChain();
		CertificateModel device = CertificateModel.parse(chain.device);
		CertificateModel signer = CertificateModel.parse(chain.signer);
		CompareDialog dialog = new CompareDialog(Ui.page().getWorkbenchWindow().getShell(), "device.pem", device,
				"signer.pem", signer);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Table table = Ui.find(dialog.getShell(), InspectorWidgets.COMPARE_TABLE);
			assertTrue(table.getItemCount() > 20, "all fields listed");
			CertificateComparison.Row version = row(table, "Version");
			CertificateComparison.Row subject = row(table, "Subject");
			CertificateComparison.Row algorithm = row(table, "Signature Algorithm");
			assertFalse(version.differs());
			assertFalse(algorithm.differs(), "both ecdsa-with-SHA256");
			assertTrue(subject.differs());
			TableItem subjectItem = item(table, "Subject");
			TableItem versionItem = item(table, "Version");
			assertNotEquals(versionItem.getBackground(), subjectItem.getBackground(), "difference is highlighted");
			assertEquals(CompareDialog.DIFFERENT, subjectItem.getBackground().getRGB());
			// An extension only the device has is a difference with an empty right side.
			CertificateComparison.Row san = dialog.rows().stream()
					.filter(r -> r.field().contains("Subject Alternative Name") && !r.field().contains(CertificateComparison.SEPARATOR + "Value"))
					.filter(r -> r.depth() == 1).findFirst().orElseThrow();
			assertTrue(san.differs());
			assertEquals("", san.right());
		} finally {
			dialog.close();
		}
	}

	@Test
	void comparingACertificateWithItselfFindsOnlyEqualFields() throws Exception {
		TestChain chain = new TestChain();
		CertificateModel device = CertificateModel.parse(chain.device);
		List<CertificateComparison.Row> rows = CertificateComparison.compare(device, CertificateModel.parse(chain.device),
				java.time.Instant.now());
		assertEquals(0, CertificateComparison.differences(rows));
		assertTrue(rows.size() > 20);
	}

	private static CertificateComparison.Row row(Table table, String label) {
		return (CertificateComparison.Row) item(table, label).getData();
	}

	private static TableItem item(Table table, String label) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static String hex(byte[] der) {
		return java.util.HexFormat.of().formatHex(der);
	}
}
