package io.trustbench.pki.ui.internal.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.util.CollectionStore;

import io.trustbench.core.AtomicFiles;
import io.trustbench.pki.core.CertificateModel;

/**
 * Encodes certificates for export and writes them atomically (a reader never sees half a file).
 * PKCS#7 is a certs-only SignedData without signers or content, as {@code openssl crl2pkcs7
 * -nocrl} writes and AWS IoT, browsers and KeyStore Explorer read.
 */
public final class CertificateExport {

	private CertificateExport() {
	}

	public static byte[] encode(ExportFormat format, CertificateModel selected, List<CertificateModel> chain)
			throws IOException {
		return switch (format) {
		case PEM -> selected.toPem().getBytes(StandardCharsets.US_ASCII);
		case DER -> selected.encoded();
		case PEM_CHAIN -> pemChain(chain);
		case PKCS7_CHAIN -> pkcs7(chain);
		};
	}

	public static void write(Path target, ExportFormat format, CertificateModel selected,
			List<CertificateModel> chain) throws IOException {
		AtomicFiles.write(target, encode(format, selected, chain));
	}

	private static byte[] pemChain(List<CertificateModel> chain) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (CertificateModel cert : chain) {
			out.writeBytes(cert.toPem().getBytes(StandardCharsets.US_ASCII));
		}
		return out.toByteArray();
	}

	static byte[] pkcs7(List<CertificateModel> chain) throws IOException {
		List<X509CertificateHolder> holders = new ArrayList<>();
		for (CertificateModel cert : chain) {
			holders.add(new X509CertificateHolder(cert.bouncyCastle()));
		}
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addCertificates(new CollectionStore<>(holders));
			return generator.generate(new CMSAbsentContent()).getEncoded("DER");
		} catch (CMSException e) {
			throw new IOException("cannot build PKCS#7: " + e.getMessage(), e);
		}
	}
}
