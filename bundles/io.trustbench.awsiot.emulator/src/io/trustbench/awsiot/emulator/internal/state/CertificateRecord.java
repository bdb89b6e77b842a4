package io.trustbench.awsiot.emulator.internal.state;

import java.util.ArrayList;
import java.util.List;

/**
 * A registered device certificate. Policy and thing attachments live here so that attaching is a
 * single atomic file write (nothing half-attached after a kill).
 */
public final class CertificateRecord {
	public String id;
	public String pem;
	public String caId;
	public volatile String status;
	public String certificateMode;
	public long createdMillis;
	public long modifiedMillis;
	public int customerVersion;
	public String generationId;
	public volatile List<String> policies = new ArrayList<>();
	public volatile List<String> things = new ArrayList<>();
}
