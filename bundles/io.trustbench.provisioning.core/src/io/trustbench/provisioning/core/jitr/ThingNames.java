package io.trustbench.provisioning.core.jitr;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The thing name JITR activation gives a certificate (AWS function and emulator alike): the subject
 * CN made a valid thing name. The thing stores the same name in slot 8 and uses it as its MQTT
 * client id, so the policy's {@code ${iot:Connection.Thing.ThingName}} matches.
 */
public final class ThingNames {

	private ThingNames() {
	}

	public static String forCertificate(X509Certificate certificate, String certificateId) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] cns = subject.getRDNs(BCStyle.CN);
		String cn = cns.length == 0 ? "" : IETFUtils.valueToString(cns[0].getFirst().getValue()).trim();
		String name = cn.replaceAll("[^a-zA-Z0-9:_-]", "_");
		if (name.isEmpty()) {
			return certificateId;
		}
		return name.length() > 128 ? name.substring(0, 128) : name;
	}
}
