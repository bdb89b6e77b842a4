package io.trustbench.pki.ui.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.ChainResult;
import io.trustbench.pki.core.ChainVerifier;

/**
 * Validates every certificate of a file with the core's path validation so each row of the
 * chain list gets its own icon: a device certificate can fail while its signer is fine.
 */
public final class ChainValidation {

	private ChainValidation() {
	}

	public static List<CertificateStatus> validate(List<CertificateModel> certificates, TrustAnchors anchors,
			Instant at) {
		List<CertificateStatus> result = new ArrayList<>();
		for (CertificateModel target : certificates) {
			result.add(validate(target, certificates, anchors, at));
		}
		return result;
	}

	static CertificateStatus validate(CertificateModel target, List<CertificateModel> file, TrustAnchors anchors,
			Instant at) {
		if (anchors.isEmpty()) {
			return new CertificateStatus(target, CertificateStatus.Verdict.UNKNOWN, Messages.ChainValidation_noAnchor,
					null);
		}
		List<CertificateModel> intermediates = file.stream().filter(c -> c != target).collect(Collectors.toList());
		try {
			ChainResult chain = ChainVerifier.verify(anchors.roots(), target, intermediates, at);
			if (chain.isValid()) {
				return new CertificateStatus(target, CertificateStatus.Verdict.VALID, describeValid(chain), chain);
			}
			return new CertificateStatus(target, CertificateStatus.Verdict.FAILED, chain.problem(), chain);
		} catch (CertificateParseException | RuntimeException e) {
			return new CertificateStatus(target, CertificateStatus.Verdict.FAILED,
					NLS.bind(Messages.ChainValidation_cannotValidate, e.getMessage()), null);
		}
	}

	private static String describeValid(ChainResult chain) {
		if (chain.path().size() == 1) {
			return Messages.ChainValidation_validAnchor;
		}
		return NLS.bind(Messages.ChainValidation_valid, chain.path().size());
	}
}
