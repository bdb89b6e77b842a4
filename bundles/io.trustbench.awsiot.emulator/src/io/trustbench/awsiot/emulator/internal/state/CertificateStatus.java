package io.trustbench.awsiot.emulator.internal.state;

import java.util.Set;

/** Certificate statuses of the AWS IoT API; strings because they travel as-is in JSON. */
public final class CertificateStatus {

	public static final String ACTIVE = "ACTIVE";
	public static final String INACTIVE = "INACTIVE";
	public static final String REVOKED = "REVOKED";
	public static final String PENDING_TRANSFER = "PENDING_TRANSFER";
	public static final String REGISTER_INACTIVE = "REGISTER_INACTIVE";
	public static final String PENDING_ACTIVATION = "PENDING_ACTIVATION";

	public static final Set<String> ALL = Set.of(ACTIVE, INACTIVE, REVOKED, PENDING_TRANSFER, REGISTER_INACTIVE,
			PENDING_ACTIVATION);

	private CertificateStatus() {
	}
}
