package io.trustbench.pki.core.atcacert;

/** A byte range in the certificate template; count 0 means the element is absent. */
public record CertLocation(int offset, int count) {

	public static final CertLocation NONE = new CertLocation(0, 0);

	public CertLocation {
		if (offset < 0 || count < 0) {
			throw new IllegalArgumentException("negative certificate location");
		}
	}

	public boolean isPresent() {
		return count > 0;
	}

	public int end() {
		return offset + count;
	}
}
