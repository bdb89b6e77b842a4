package io.trustbench.pki.core.ca;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.pki.core.CertificateModel;

/** What {@code pki init} found, created and stored, step by step. */
public final class PkiReport {

	public enum Outcome { CREATED, KEPT, STORED, UNCHANGED, WARNING }

	/** One line of the report: "root CA", CREATED, "CN=… → pki/root-ca.pem". */
	public record Step(String item, Outcome outcome, String detail) {
		@Override
		public String toString() {
			return String.format("%-22s %-9s %s", item, outcome.name().toLowerCase(), detail);
		}
	}

	private final List<Step> steps = new ArrayList<>();
	private CertificateModel root;
	private CertificateModel signer;

	void add(String item, Outcome outcome, String detail) {
		steps.add(new Step(item, outcome, detail));
	}

	void certificates(CertificateModel rootCa, CertificateModel signerCa) {
		this.root = rootCa;
		this.signer = signerCa;
	}

	public List<Step> steps() {
		return List.copyOf(steps);
	}

	public CertificateModel root() {
		return root;
	}

	public CertificateModel signer() {
		return signer;
	}

	/** True when something was created (not only kept). */
	public boolean createdAnything() {
		return steps.stream().anyMatch(s -> s.outcome() == Outcome.CREATED);
	}
}
