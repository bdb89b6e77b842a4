package io.trustbench.provisioning.core.byoc;

import java.security.cert.X509Certificate;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The production signer as the flows need it: its CA certificate, and certificates it signs inside
 * its secure element (digest in, signature out). Implemented on top of the PKI bundle.
 */
public interface SignerAuthority {

	/** The signer CA certificate (intermediate CA), creating the PKI on the kits if there is none yet. */
	X509Certificate signerCertificate(IProgressMonitor monitor) throws Exception;

	/** AWS verification certificate: subject CN = registration code, key = signer key, signed by the signer. */
	X509Certificate verificationCertificate(String registrationCode, IProgressMonitor monitor) throws Exception;
}
