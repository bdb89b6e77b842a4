package io.trustbench.pki.core.extensions.decoders;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.NoticeReference;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.UserNotice;

import io.trustbench.pki.core.asn1.OidNames;
import io.trustbench.pki.core.extensions.ExtensionDecoder;

/** 2.5.29.32: policy OIDs with CPS pointers and user notices. */
public final class CertificatePoliciesDecoder implements ExtensionDecoder {

	@Override
	public String decode(byte[] value) {
		List<String> lines = new ArrayList<>();
		for (var element : ASN1Sequence.getInstance(value)) {
			PolicyInformation info = PolicyInformation.getInstance(element);
			lines.add("Policy: " + OidNames.name(info.getPolicyIdentifier().getId()));
			if (info.getPolicyQualifiers() == null) {
				continue;
			}
			for (var q : info.getPolicyQualifiers()) {
				PolicyQualifierInfo qualifier = PolicyQualifierInfo.getInstance(q);
				if (qualifier.getPolicyQualifierId().equals(PolicyQualifierId.id_qt_cps)) {
					lines.add("  CPS: " + ((ASN1String) qualifier.getQualifier()).getString());
				} else if (qualifier.getPolicyQualifierId().equals(PolicyQualifierId.id_qt_unotice)) {
					lines.add("  User Notice:");
					UserNotice notice = UserNotice.getInstance(qualifier.getQualifier());
					NoticeReference ref = notice.getNoticeRef();
					if (ref != null) {
						lines.add("    Organization: " + ref.getOrganization().getString());
						List<String> numbers = new ArrayList<>();
						for (ASN1Integer number : ref.getNoticeNumbers()) {
							numbers.add(number.getValue().toString());
						}
						lines.add("    Number" + (numbers.size() > 1 ? "s" : "") + ": " + String.join(", ", numbers));
					}
					if (notice.getExplicitText() != null) {
						lines.add("    Explicit Text: " + notice.getExplicitText().getString());
					}
				} else {
					lines.add("  Unknown Qualifier: " + qualifier.getPolicyQualifierId().getId());
				}
			}
		}
		return String.join("\n", lines);
	}
}
