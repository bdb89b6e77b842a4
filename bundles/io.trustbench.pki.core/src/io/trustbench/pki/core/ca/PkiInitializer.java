package io.trustbench.pki.core.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.core.AtomicFiles;
import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.ChainResult;
import io.trustbench.pki.core.ChainVerifier;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertDate;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;

/**
 * {@code pki init}: makes sure a root CA and a signer CA exist, on their devices and in the
 * workspace. Safe to run again: existing certificates are checked against the devices' keys and
 * kept; a certificate that belongs to another key is never replaced — the run stops and says so.
 * Compressed copies on the devices are (re)written only when they differ.
 */
public final class PkiInitializer {

	private final PkiLayout layout;

	public PkiInitializer(PkiLayout layout) {
		this.layout = layout;
	}

	public PkiReport run(CaDevice root, CaDevice signer, Instant now, IProgressMonitor monitor)
			throws PkiException, SigningException {
		SubMonitor sub = SubMonitor.convert(monitor, "Initialising the PKI", 8);
		PkiReport report = new PkiReport();
		try {
			sub.subTask("Reading the CA public keys");
			byte[] rootKey = root.publicKey(sub.split(1));
			byte[] signerKey = signer.publicKey(sub.split(1));
			if (Arrays.equals(rootKey, signerKey)) {
				throw new PkiException(root.description() + " and " + signer.description() + " hold the same key");
			}
			CertDate issued = CaCertificates.issueHour(now);

			sub.subTask("Root CA certificate");
			CertificateModel rootCa = existing(layout.rootCa(), rootKey, root, "root CA");
			if (rootCa == null) {
				rootCa = CertificateModel.parse(CaCertificates.createRoot(root, issued, sub.split(1)));
				save(layout.rootCa(), rootCa.toPem());
				report.add("root CA", PkiReport.Outcome.CREATED, rootCa.subject() + ", serial " + rootCa.serialHex()
						+ " -> " + layout.rootCa());
			} else {
				report.add("root CA", PkiReport.Outcome.KEPT, rootCa.subject() + ", serial " + rootCa.serialHex()
						+ " (" + layout.rootCa() + ")");
			}
			storeCompressed(report, "root CA on device", root, PkiLayout.ROOT_CERT_SLOT, () -> CertificateRebuilder
					.compress(CaCertificates.rootDefinition(rootCaDer(layout)), rootCaDer(layout), null).toBytes(),
					sub.split(1));

			sub.subTask("Signer CA certificate");
			CertificateModel signerCa = existing(layout.signerCa(), signerKey, signer, "signer CA");
			if (signerCa != null && !ChainVerifier.verify(List.of(rootCa), signerCa, List.of(), now).isValid()) {
				throw new PkiException(layout.signerCa() + " does not chain to the root CA in " + layout.rootCa()
						+ "; it is kept as it is — move it away to issue a new signer CA");
			}
			if (signerCa == null) {
				int signerId = CaCertificates.signerIdFor(signerKey);
				signerCa = CertificateModel.parse(CaCertificates.createSigner(root, signer, signerId, issued,
						sub.split(1)));
				save(layout.signerCa(), signerCa.toPem());
				report.add("signer CA", PkiReport.Outcome.CREATED, signerCa.subject() + ", serial "
						+ signerCa.serialHex() + ", signed by " + root.description() + " -> " + layout.signerCa());
			} else {
				report.add("signer CA", PkiReport.Outcome.KEPT, signerCa.subject() + ", serial " + signerCa.serialHex()
						+ " (" + layout.signerCa() + ")");
			}
			byte[] signerDer = signerCa.encoded();
			CertificateDefinition signerDef = AsiCertificateDefinitions.signer();
			storeCompressed(report, "signer CA on device", signer, PkiLayout.SIGNER_CERT_SLOT,
					() -> CertificateRebuilder.compress(signerDef, signerDer, null).toBytes(), sub.split(1));
			storeCompressed(report, "root key on signer", signer, PkiLayout.SIGNER_ROOT_KEY_SLOT,
					() -> padded(rootKey), sub.split(1));

			ChainResult chain = ChainVerifier.verify(List.of(rootCa), signerCa, List.of(), now);
			if (!chain.isValid()) {
				throw new PkiException("the CA chain does not validate: " + chain.problem());
			}
			save(layout.chain(), signerCa.toPem() + rootCa.toPem());
			report.add("CA chain", PkiReport.Outcome.STORED, "signer + root -> " + layout.chain());
			report.certificates(rootCa, signerCa);
			return report;
		} catch (CertificateParseException | AtcacertException e) {
			throw new PkiException(e.getMessage(), e);
		} catch (IOException e) {
			throw new PkiException("cannot write the PKI files in " + layout.dir() + ": " + e.getMessage(), e);
		}
	}

	/** The certificate in {@code file} if it exists and certifies the device's key; null if absent. */
	private static CertificateModel existing(Path file, byte[] deviceKey, CaDevice device, String what)
			throws PkiException, IOException {
		if (!Files.exists(file)) {
			return null;
		}
		List<CertificateModel> certificates;
		try {
			certificates = CertificateReader.read(file);
		} catch (CertificateParseException e) {
			throw new PkiException(file + " exists but is not readable (" + e.getMessage()
					+ "); it is kept as it is — move it away to create a new " + what, e);
		}
		CertificateModel cert = certificates.get(0);
		String expected = "04" + Hex.encode(deviceKey);
		if (!expected.equals(cert.publicKey().publicKeyHex())) {
			throw new PkiException(file + " certifies another key than " + device.description()
					+ "; it is kept as it is — move it away (or use the device that holds its key) to create a new "
					+ what);
		}
		return cert;
	}

	private interface Bytes {
		byte[] get() throws AtcacertException, IOException, CertificateParseException;
	}

	private static void storeCompressed(PkiReport report, String item, CaDevice device, int slot, Bytes content,
			IProgressMonitor monitor) throws SigningException, IOException, CertificateParseException {
		byte[] data;
		try {
			data = content.get();
		} catch (AtcacertException e) {
			report.add(item, PkiReport.Outcome.WARNING, "not stored: " + e.getMessage());
			return;
		}
		SubMonitor sub = SubMonitor.convert(monitor, 2);
		byte[] current = device.read(slot, 0, data.length, sub.split(1));
		if (Arrays.equals(current, data)) {
			report.add(item, PkiReport.Outcome.UNCHANGED, device.id() + " slot " + slot + " already holds it");
			return;
		}
		device.write(slot, 0, data, sub.split(1));
		report.add(item, PkiReport.Outcome.STORED, data.length + " bytes in " + device.id() + " slot " + slot);
	}

	private static byte[] rootCaDer(PkiLayout layout) throws IOException, CertificateParseException {
		return CertificateReader.read(layout.rootCa()).get(0).encoded();
	}

	/** The 72-byte slot form of a public key: 4 zero bytes before X and before Y. */
	static byte[] padded(byte[] publicKey) {
		byte[] out = new byte[72];
		System.arraycopy(publicKey, 0, out, 4, 32);
		System.arraycopy(publicKey, 32, out, 40, 32);
		return out;
	}

	private static void save(Path file, String pem) throws IOException {
		AtomicFiles.write(file, pem.getBytes(StandardCharsets.US_ASCII));
	}
}
