package io.trustbench.pki.ui.internal.model;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.ChainResult;

/**
 * The chain list's verdict for one certificate of the file: validated as a target against the
 * trust anchors with the file's other certificates as intermediates.
 *
 * @param message "valid", or the failed check and the certificate it failed on
 * @param result  the core's per-certificate path result, or null when validation could not run
 */
public record CertificateStatus(CertificateModel certificate, Verdict verdict, String message, ChainResult result) {

	public enum Verdict {
		VALID, FAILED, UNKNOWN
	}
}
