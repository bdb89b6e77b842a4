package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.ReasonFlags;

import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.31 (and Freshest CRL, 2.5.29.46): where the CRLs are. */
public final class CrlDistributionPointsDecoder implements ExtensionDecoder {

	private static final String[] REASONS = { "Unused", "Key Compromise", "CA Compromise", "Affiliation Changed",
			"Superseded", "Cessation Of Operation", "Certificate Hold", "Privilege Withdrawn", "AA Compromise" };

	@Override
	public String decode(byte[] value) {
		List<String> lines = new ArrayList<>();
		for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
			DistributionPointName name = point.getDistributionPoint();
			if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
				lines.add("Full Name:");
				for (GeneralName general : org.bouncycastle.asn1.x509.GeneralNames.getInstance(name.getName())
						.getNames()) {
					lines.add("  " + GeneralNames.format(general, false));
				}
			} else if (name != null) {
				lines.add("Relative Name:");
				lines.add("  " + name.getName());
			}
			if (point.getReasons() != null) {
				lines.add("Reasons:");
				lines.add("  " + reasons(point.getReasons()));
			}
			if (point.getCRLIssuer() != null) {
				lines.add("CRL Issuer:");
				for (GeneralName general : point.getCRLIssuer().getNames()) {
					lines.add("  " + GeneralNames.format(general, false));
				}
			}
		}
		return String.join("\n", lines);
	}

	private static String reasons(ReasonFlags flags) {
		List<String> set = new ArrayList<>();
		byte[] bytes = flags.getBytes();
		for (int bit = 0; bit < bytes.length * 8 && bit < REASONS.length; bit++) {
			if ((bytes[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
				set.add(REASONS[bit]);
			}
		}
		return String.join(", ", set);
	}
}
