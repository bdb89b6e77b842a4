package io.trustbench.awsiot.emulator.internal.state;

import com.google.gson.JsonObject;

/** A registered CA certificate (RegisterCACertificate). Mutable only under the store's lock. */
public final class CaCertificateRecord {
	public String id;
	public String pem;
	public String status;
	public String autoRegistrationStatus;
	/** templateBody / templateName / roleArn as sent by the client (JITP), or null. */
	public JsonObject registrationConfig;
	public String certificateMode;
	public long createdMillis;
	public long modifiedMillis;
	public int customerVersion;
	public String generationId;

	public boolean autoRegistration() {
		return "ENABLE".equals(autoRegistrationStatus);
	}
}
