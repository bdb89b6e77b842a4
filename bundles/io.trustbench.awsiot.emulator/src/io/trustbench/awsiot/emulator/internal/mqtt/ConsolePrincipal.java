package io.trustbench.awsiot.emulator.internal.mqtt;

/**
 * The account owner's MQTT test client (the Trustbench AWS IoT Console view): on AWS the console
 * user is an IAM principal with iot:* rights, not a device certificate. Here it is the one client
 * certificate the emulator issued itself ({@code DIR/server/console-cert.pem}); admission knows it
 * by its id, and every MQTT action is allowed to it.
 */
public record ConsolePrincipal(String certificateId) {

	public boolean is(String id) {
		return certificateId.equals(id);
	}
}
