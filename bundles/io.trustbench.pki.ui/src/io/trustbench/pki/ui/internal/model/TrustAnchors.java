package io.trustbench.pki.ui.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;

/**
 * The roots a chain is validated against, and where they came from so the user can judge the
 * verdict: roots chosen by the user win; otherwise the self-signed roots in the file itself and
 * the workspace's {@code pki/root-ca.pem}. A root found only in the inspected file proves that
 * the file is consistent, not that it is trusted — the description says so.
 */
public record TrustAnchors(List<CertificateModel> roots, String description) {

	/** Where the workspace CA (issue 5, item 1) keeps its root. */
	public static final String WORKSPACE_ROOT = "pki/root-ca.pem";

	public TrustAnchors {
		roots = List.copyOf(roots);
	}

	public static TrustAnchors none() {
		return new TrustAnchors(List.of(), Messages.TrustAnchors_none);
	}

	public boolean isEmpty() {
		return roots.isEmpty();
	}

	/** Roots the user picked from a file. */
	public static TrustAnchors chosen(Path file) throws IOException, CertificateParseException {
		List<CertificateModel> roots = CertificateReader.read(file);
		return new TrustAnchors(roots, NLS.bind(Messages.TrustAnchors_chosen, file.getFileName(), roots.size()));
	}

	/**
	 * Self-signed roots of the file plus the workspace root when present; a workspace root that
	 * cannot be read is reported in the description rather than silently dropped.
	 */
	public static TrustAnchors automatic(List<CertificateModel> certificates, Path workspace) {
		List<CertificateModel> roots = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		for (CertificateModel cert : certificates) {
			if (cert.isSelfIssued()) {
				roots.add(cert);
			}
		}
		if (!roots.isEmpty()) {
			sources.add(NLS.bind(Messages.TrustAnchors_fromFile, roots.size()));
		}
		Path workspaceRoot = workspace == null ? null : workspace.resolve(WORKSPACE_ROOT);
		if (workspaceRoot != null && Files.isRegularFile(workspaceRoot)) {
			try {
				List<CertificateModel> read = CertificateReader.read(workspaceRoot);
				for (CertificateModel cert : read) {
					if (roots.stream().noneMatch(r -> java.util.Arrays.equals(r.encoded(), cert.encoded()))) {
						roots.add(cert);
					}
				}
				sources.add(NLS.bind(Messages.TrustAnchors_fromWorkspace, workspaceRoot));
			} catch (IOException | CertificateParseException e) {
				sources.add(NLS.bind(Messages.TrustAnchors_workspaceUnreadable, workspaceRoot, e.getMessage()));
			}
		}
		if (roots.isEmpty()) {
			sources.add(0, Messages.TrustAnchors_none);
		}
		return new TrustAnchors(roots, String.join("; ", sources));
	}
}
