package io.trustbench.pki.core;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Builds the path from a target certificate to one of the trusted roots (by issuer name and key
 * identifiers, using the given intermediates) and validates it with the JDK's PKIX validator,
 * which reports the failed check and the certificate: signature, validity, basic constraints,
 * key usage, path length, name constraints, policies, unknown critical extensions. The trust
 * anchor's own validity and self-signature are checked too. Revocation is not checked (offline).
 */
public final class ChainVerifier {

	private static final int MAX_PATH = 16;

	private ChainVerifier() {
	}

	public static ChainResult verify(List<CertificateModel> trusted, CertificateModel target,
			List<CertificateModel> intermediates, Instant at) throws CertificateParseException {
		if (trusted.isEmpty()) {
			throw new CertificateParseException("no trusted root certificates given");
		}
		List<CertificateModel> path = new ArrayList<>();
		path.add(target);
		CertificateModel anchor = isTrusted(trusted, target) ? target : null;
		while (anchor == null) {
			CertificateModel current = path.get(path.size() - 1);
			CertificateModel root = findIssuer(trusted, current);
			if (root != null) {
				anchor = root;
				break;
			}
			CertificateModel next = findIssuer(intermediates, current);
			if (next == null || path.contains(next) || path.size() >= MAX_PATH) {
				List<ChainResult.Entry> entries = entries(path, null);
				String problem = "no issuer found for " + describe(path.size() - 1, current) + ": nothing among the "
						+ "trusted roots or given certificates has subject " + current.issuer();
				entries.set(entries.size() - 1, new ChainResult.Entry(current, entries.get(entries.size() - 1).role(),
						ChainResult.Status.FAILED, "issuer not found"));
				return new ChainResult(entries, problem);
			}
			path.add(next);
		}
		if (anchor == target) {
			return checkAnchorOnly(target, at);
		}
		return validate(path, anchor, at);
	}

	private static ChainResult checkAnchorOnly(CertificateModel root, Instant at) throws CertificateParseException {
		List<ChainResult.Entry> entries = new ArrayList<>();
		String problem = anchorProblem(root, at);
		entries.add(new ChainResult.Entry(root, "trust anchor", problem == null ? ChainResult.Status.VALID
				: ChainResult.Status.FAILED, problem == null ? "trusted" : problem));
		return new ChainResult(entries, problem == null ? null : "trust anchor " + root.subject() + ": " + problem);
	}

	private static ChainResult validate(List<CertificateModel> path, CertificateModel anchor, Instant at)
			throws CertificateParseException {
		List<CertificateModel> all = new ArrayList<>(path);
		all.add(anchor);
		// The anchor goes into the path too, trusted only by name and key: so the JDK applies its
		// validity, key usage and name constraints like openssl does (the JDK ignores a trust
		// anchor certificate's own name constraints otherwise).
		List<X509Certificate> x509 = new ArrayList<>();
		for (CertificateModel cert : all) {
			x509.add(cert.toX509());
		}
		List<ChainResult.Entry> entries = entries(all, anchor);
		String anchorProblem = anchorProblem(anchor, at);
		try {
			X509Certificate anchorX509 = anchor.toX509();
			CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(x509);
			PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(
					anchorX509.getSubjectX500Principal(), anchorX509.getPublicKey(), null)));
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(at));
			CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
		} catch (CertPathValidatorException e) {
			int index = e.getIndex() < 0 ? 0 : e.getIndex();
			String reason = reason(e);
			entries.set(index, new ChainResult.Entry(all.get(index), entries.get(index).role(),
					ChainResult.Status.FAILED, reason));
			for (int i = 0; i < index; i++) {
				// PKIX works from the anchor down: certificates below the failing one were not reached
				entries.set(i, new ChainResult.Entry(all.get(i), entries.get(i).role(), ChainResult.Status.NOT_CHECKED,
						"not checked"));
			}
			return new ChainResult(entries, describe(index, all.get(index)) + ": " + reason);
		} catch (CertificateException | InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
			throw new CertificateParseException("cannot validate: " + CertificateModel.oneLine(e), e);
		}
		if (anchorProblem != null) {
			int last = entries.size() - 1;
			entries.set(last, new ChainResult.Entry(anchor, "trust anchor", ChainResult.Status.FAILED, anchorProblem));
			return new ChainResult(entries, "trust anchor " + anchor.subject() + ": " + anchorProblem);
		}
		return new ChainResult(entries, null);
	}

	/** The JDK does not check the anchor itself; a workbench user wants to know it expired. */
	private static String anchorProblem(CertificateModel root, Instant at) throws CertificateParseException {
		if (at.isBefore(root.notBefore())) {
			return "not valid before " + root.notBefore();
		}
		if (at.isAfter(root.notAfter())) {
			return "expired on " + root.notAfter();
		}
		if (root.isSelfIssued() && !signedBy(root, root)) {
			return "self-signature does not verify";
		}
		return null;
	}

	static String reason(CertPathValidatorException e) {
		CertPathValidatorException.Reason reason = e.getReason();
		String detail = e.getMessage() == null ? "" : " (" + CertificateModel.oneLine(e) + ")";
		if (reason instanceof CertPathValidatorException.BasicReason basic) {
			return switch (basic) {
			case EXPIRED -> "certificate expired" + detail;
			case NOT_YET_VALID -> "certificate not yet valid" + detail;
			case INVALID_SIGNATURE -> "signature does not verify with the issuer's key";
			case REVOKED -> "certificate revoked";
			case ALGORITHM_CONSTRAINED -> "algorithm or key size not allowed" + detail;
			case UNDETERMINED_REVOCATION_STATUS -> "revocation status unknown" + detail;
			default -> "validation failed" + detail;
			};
		}
		if (reason instanceof PKIXReason pkix) {
			return switch (pkix) {
			case NOT_CA_CERT -> "not a CA (basic constraints), yet it issued the certificate below it";
			case PATH_TOO_LONG -> "path length constraint exceeded (basic constraints pathlen)";
			case INVALID_KEY_USAGE -> "key usage does not allow signing certificates (keyCertSign)";
			case INVALID_NAME -> "name constraints violated" + detail;
			case INVALID_POLICY -> "certificate policy check failed" + detail;
			case UNRECOGNIZED_CRIT_EXT -> "unrecognised critical extension" + detail;
			case NAME_CHAINING -> "issuer name does not match the issuing certificate's subject";
			case NO_TRUST_ANCHOR -> "no trust anchor";
			};
		}
		return "validation failed" + detail;
	}

	private static boolean isTrusted(List<CertificateModel> trusted, CertificateModel cert) {
		return trusted.stream().anyMatch(t -> Arrays.equals(t.encoded(), cert.encoded()));
	}

	/** A certificate whose subject is {@code cert}'s issuer and whose key verifies its signature. */
	private static CertificateModel findIssuer(List<CertificateModel> candidates, CertificateModel cert)
			throws CertificateParseException {
		CertificateModel byName = null;
		for (CertificateModel candidate : candidates) {
			if (candidate.bouncyCastle().getSubject().equals(cert.bouncyCastle().getIssuer())
					&& !Arrays.equals(candidate.encoded(), cert.encoded())) {
				if (signedBy(cert, candidate)) {
					return candidate;
				}
				byName = byName == null ? candidate : byName;
			}
		}
		return byName; // the validator then reports the bad signature on the right certificate
	}

	private static boolean signedBy(CertificateModel cert, CertificateModel issuer) throws CertificateParseException {
		try {
			PublicKey key = issuer.toX509().getPublicKey();
			cert.toX509().verify(key);
			return true;
		} catch (java.security.GeneralSecurityException | RuntimeException e) {
			return false;
		}
	}

	private static List<ChainResult.Entry> entries(List<CertificateModel> path, CertificateModel anchor) {
		List<ChainResult.Entry> entries = new ArrayList<>();
		for (int i = 0; i < path.size(); i++) {
			CertificateModel cert = path.get(i);
			String role = cert == anchor ? "trust anchor" : i == 0 ? "target" : "intermediate";
			entries.add(new ChainResult.Entry(cert, role, ChainResult.Status.VALID, "valid"));
		}
		return entries;
	}

	private static String describe(int index, CertificateModel cert) {
		return "certificate " + (index + 1) + " (" + cert.subject() + ")";
	}
}
