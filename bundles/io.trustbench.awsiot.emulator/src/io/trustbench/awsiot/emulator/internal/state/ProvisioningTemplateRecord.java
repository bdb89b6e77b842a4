package io.trustbench.awsiot.emulator.internal.state;

/** A provisioning template (CreateProvisioningTemplate); JITP templates drive auto-registration. */
public final class ProvisioningTemplateRecord {
	public String name;
	public String description;
	public String body;
	public boolean enabled;
	public String roleArn;
	public String type;
	public long createdMillis;
	public long modifiedMillis;
}
