package io.trustbench.pki.core.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.trustbench.pki.core.extensions.decoders.AuthorityInfoAccessDecoder;
import io.trustbench.pki.core.extensions.decoders.AuthorityKeyIdentifierDecoder;
import io.trustbench.pki.core.extensions.decoders.BasicConstraintsDecoder;
import io.trustbench.pki.core.extensions.decoders.CertificatePoliciesDecoder;
import io.trustbench.pki.core.extensions.decoders.CrlDistributionPointsDecoder;
import io.trustbench.pki.core.extensions.decoders.CtPoisonDecoder;
import io.trustbench.pki.core.extensions.decoders.ExtendedKeyUsageDecoder;
import io.trustbench.pki.core.extensions.decoders.InhibitAnyPolicyDecoder;
import io.trustbench.pki.core.extensions.decoders.IssuerAltNameDecoder;
import io.trustbench.pki.core.extensions.decoders.KeyUsageDecoder;
import io.trustbench.pki.core.extensions.decoders.NameConstraintsDecoder;
import io.trustbench.pki.core.extensions.decoders.NetscapeCertTypeDecoder;
import io.trustbench.pki.core.extensions.decoders.NetscapeCommentDecoder;
import io.trustbench.pki.core.extensions.decoders.OcspNoCheckDecoder;
import io.trustbench.pki.core.extensions.decoders.PolicyConstraintsDecoder;
import io.trustbench.pki.core.extensions.decoders.PolicyMappingsDecoder;
import io.trustbench.pki.core.extensions.decoders.PrivateKeyUsagePeriodDecoder;
import io.trustbench.pki.core.extensions.decoders.SignedCertificateTimestampsDecoder;
import io.trustbench.pki.core.extensions.decoders.SubjectAltNameDecoder;
import io.trustbench.pki.core.extensions.decoders.SubjectDirectoryAttributesDecoder;
import io.trustbench.pki.core.extensions.decoders.SubjectKeyIdentifierDecoder;
import io.trustbench.pki.core.extensions.decoders.TlsFeatureDecoder;

/**
 * The decoders this bundle contributes in its plugin.xml, listed again for running without an
 * OSGi extension registry (plain Java, unit tests). A test checks that both lists agree.
 */
public final class BuiltInExtensionDecoders {

	/** Contributor name of descriptors built here. */
	public static final String CONTRIBUTOR = "built-in";

	private BuiltInExtensionDecoders() {
	}

	public static List<ExtensionDecoderDescriptor> descriptors() {
		List<ExtensionDecoderDescriptor> list = new ArrayList<>();
		add(list, "2.5.29.9", "X509v3 Subject Directory Attributes", SubjectDirectoryAttributesDecoder::new);
		add(list, "2.5.29.14", "X509v3 Subject Key Identifier", SubjectKeyIdentifierDecoder::new);
		add(list, "2.5.29.15", "X509v3 Key Usage", KeyUsageDecoder::new);
		add(list, "2.5.29.16", "X509v3 Private Key Usage Period", PrivateKeyUsagePeriodDecoder::new);
		add(list, "2.5.29.17", "X509v3 Subject Alternative Name", SubjectAltNameDecoder::new);
		add(list, "2.5.29.18", "X509v3 Issuer Alternative Name", IssuerAltNameDecoder::new);
		add(list, "2.5.29.19", "X509v3 Basic Constraints", BasicConstraintsDecoder::new);
		add(list, "2.5.29.30", "X509v3 Name Constraints", NameConstraintsDecoder::new);
		add(list, "2.5.29.31", "X509v3 CRL Distribution Points", CrlDistributionPointsDecoder::new);
		add(list, "2.5.29.32", "X509v3 Certificate Policies", CertificatePoliciesDecoder::new);
		add(list, "2.5.29.33", "X509v3 Policy Mappings", PolicyMappingsDecoder::new);
		add(list, "2.5.29.35", "X509v3 Authority Key Identifier", AuthorityKeyIdentifierDecoder::new);
		add(list, "2.5.29.36", "X509v3 Policy Constraints", PolicyConstraintsDecoder::new);
		add(list, "2.5.29.37", "X509v3 Extended Key Usage", ExtendedKeyUsageDecoder::new);
		add(list, "2.5.29.46", "X509v3 Freshest CRL", CrlDistributionPointsDecoder::new);
		add(list, "2.5.29.54", "X509v3 Inhibit Any Policy", InhibitAnyPolicyDecoder::new);
		add(list, "1.3.6.1.5.5.7.1.1", "Authority Information Access", AuthorityInfoAccessDecoder::new);
		add(list, "1.3.6.1.5.5.7.1.11", "Subject Information Access", AuthorityInfoAccessDecoder::new);
		add(list, "1.3.6.1.5.5.7.1.24", "TLS Feature", TlsFeatureDecoder::new);
		add(list, "1.3.6.1.5.5.7.48.1.5", "OCSP No Check", OcspNoCheckDecoder::new);
		add(list, "1.3.6.1.4.1.11129.2.4.2", "CT Precertificate SCTs", SignedCertificateTimestampsDecoder::new);
		add(list, "1.3.6.1.4.1.11129.2.4.3", "CT Precertificate Poison", CtPoisonDecoder::new);
		add(list, "2.16.840.1.113730.1.1", "Netscape Cert Type", NetscapeCertTypeDecoder::new);
		add(list, "2.16.840.1.113730.1.13", "Netscape Comment", NetscapeCommentDecoder::new);
		return list;
	}

	/** The decoder class of each built-in OID, for checking plugin.xml against this list. */
	public static String className(ExtensionDecoderDescriptor descriptor) {
		return descriptor.decoder().getClass().getName();
	}

	private static void add(List<ExtensionDecoderDescriptor> list, String oid, String name,
			Supplier<ExtensionDecoder> factory) {
		list.add(new ExtensionDecoderDescriptor(oid, name, CONTRIBUTOR, factory));
	}
}
