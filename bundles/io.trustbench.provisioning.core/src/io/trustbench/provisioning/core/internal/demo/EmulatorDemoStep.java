package io.trustbench.provisioning.core.internal.demo;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.cli.demo.DemoContext;
import io.trustbench.cli.demo.DemoStep;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.aws.ConnectionProfile;

/** Demo step "emulator": the local AWS IoT Core, running for the rest of the demo. */
public final class EmulatorDemoStep implements DemoStep {

	@Override
	public IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception {
		CloudSession session = CloudSession.open(ConnectionProfile.localEmulator(), context.workspace());
		context.onClose(session);
		IotEmulator emulator = session.emulator().orElseThrow();
		context.put(DemoKeys.CLOUD, session);
		context.put(DemoKeys.SERVER_CA, emulator.serverCaFile());
		context.put(DemoKeys.API_URL, "http://127.0.0.1:" + emulator.apiPort());
		context.out().println("control plane  http://127.0.0.1:" + emulator.apiPort() + " (aws --endpoint-url …)");
		context.out().println("MQTT (mTLS)    " + session.dataEndpoint());
		context.out().println("server CA      " + emulator.serverCaFile());
		context.out().println("state          " + emulator.directory());
		return Status.OK_STATUS;
	}
}
