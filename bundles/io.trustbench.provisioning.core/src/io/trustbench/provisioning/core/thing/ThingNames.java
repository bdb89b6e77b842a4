package io.trustbench.provisioning.core.thing;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Thing names given to certificates. JITR (AWS function and emulator alike): the subject CN made
 * a valid thing name. JITP: the CN itself (the template's {@code AWS::IoT::Certificate::CommonName}),
 * which must already be valid. The thing stores the name in its 32-byte slot-8 field and uses it as
 * its MQTT client id, so the policy's {@code ${iot:Connection.Thing.ThingName}} matches.
 */
public final class ThingNames {

	/** The slot-8 field of the seed's firmware layout. */
	public static final int MAX_STORED_LENGTH = 32;

	private ThingNames() {
	}

	public static String forCertificate(X509Certificate certificate, String certificateId) {
		String name = commonName(certificate).replaceAll("[^a-zA-Z0-9:_-]", "_");
		if (name.isEmpty()) {
			return certificateId;
		}
		return name.length() > 128 ? name.substring(0, 128) : name;
	}

	/** JITP: the CN is the thing name as it is; refuses one AWS would reject or the thing could not store. */
	public static String commonNameAsIs(X509Certificate certificate, String certificateId) {
		String cn = commonName(certificate);
		if (!cn.matches("[a-zA-Z0-9:_-]+")) {
			throw new IllegalArgumentException("the certificate's CN '" + cn + "' is not a valid thing name "
					+ "([a-zA-Z0-9:_-]+), so a JITP template using CommonName would fail; use a thing whose "
					+ "certificate CN is its serial number (e.g. an emulated fleet thing)");
		}
		return cn;
	}

	static String commonName(X509Certificate certificate) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] cns = subject.getRDNs(BCStyle.CN);
		return cns.length == 0 ? "" : IETFUtils.valueToString(cns[0].getFirst().getValue()).trim();
	}
}
