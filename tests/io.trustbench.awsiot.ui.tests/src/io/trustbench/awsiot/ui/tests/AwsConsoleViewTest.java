package io.trustbench.awsiot.ui.tests;

import io.trustbench.testing.swt.SwtEvents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.iot.IotClient;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.awsiot.ui.internal.AwsConsoleView;
import io.trustbench.awsiot.ui.internal.ConsoleDialogs;
import io.trustbench.awsiot.ui.internal.ViewDriver;
import io.trustbench.provisioning.core.aws.CloudSession;
import io.trustbench.provisioning.core.console.AwsConsole;
import io.trustbench.provisioning.core.console.ConsoleSession;

/**
 * The AWS IoT Console view in the running workbench against a Trustbench emulator with some
 * resources: the tables fill, an action (deactivate, confirmed) changes the certificate, and the
 * MQTT test client and the shadow tab work through the emulator.
 */
public class AwsConsoleViewTest {

	private static final long TIMEOUT_MS = 60_000;

	@TempDir
	Path dir;
	private IotEmulator emulator;
	private CloudSession cloud;
	private AwsConsoleView view;
	private ViewDriver driver;
	private final List<String> questions = new ArrayList<>();
	private final List<String> errors = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		emulator = IotEmulator.start(EmulatorOptions.defaults(dir.resolve("emulator")).onFreePorts());
		cloud = CloudSession.forEmulator(emulator);
		populate(cloud.iot());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (AwsConsoleView) page.showView(AwsConsoleView.ID);
		view.setDialogs(new ConsoleDialogs() {
			@Override
			public boolean confirm(Shell shell, String title, String question) {
				questions.add(question);
				return true;
			}

			@Override
			public void showError(IStatus status) {
				errors.add(status.getMessage());
			}
		});
		driver = new ViewDriver(view);
		view.use(new AwsConsole(ConsoleSession.on(cloud)));
		waitForJobs();
	}

	/**
	 * Real certificates without a device PKI: the emulator's own CA (registered SNI_ONLY, which
	 * needs no verification certificate) and its server certificate standing in as a device one.
	 */
	private void populate(IotClient iot) throws Exception {
		String caPem = Files.readString(emulator.serverCaFile());
		String certPem = Files.readString(emulator.directory().resolve("server/server-cert.pem"));
		iot.registerCACertificate(r -> r.caCertificate(caPem).certificateMode("SNI_ONLY").setAsActive(true));
		var cert = iot.registerCertificate(r -> r.certificatePem(certPem).caCertificatePem(caPem).setAsActive(true));
		iot.createPolicy(r -> r.policyName("DevicePolicy").policyDocument(
				"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iot:*\",\"Resource\":\"*\"}]}"));
		iot.attachPolicy(r -> r.policyName("DevicePolicy").target(cert.certificateArn()));
		iot.createThing(r -> r.thingName("sensor-1"));
		iot.attachThingPrincipal(r -> r.thingName("sensor-1").principal(cert.certificateArn()));
		iot.createTopicRule(r -> r.ruleName("telemetry_copy").topicRulePayload(p -> p.sql("SELECT * FROM 'things/+/telemetry'")
				.actions(a -> a.republish(rp -> rp.topic("copies/telemetry").roleArn("arn:aws:iam::123456789012:role/r")))));
	}

	@AfterEach
	void close() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(view);
		waitForJobs();
		cloud.close();
		emulator.close();
	}

	@Test
	void tablesFillAndDeactivateIsConfirmedAndApplied() throws Exception {
		Table certificates = driver.table(1);
		assertEquals(1, driver.table(0).getItemCount(), rows(driver.table(0)).toString());
		assertEquals("ACTIVE", driver.table(0).getItem(0).getText(1));
		assertEquals(1, certificates.getItemCount());
		TableItem row = certificates.getItem(0);
		assertEquals("ACTIVE", row.getText(1));
		assertEquals("DevicePolicy", row.getText(3));
		assertEquals("sensor-1", row.getText(4));
		assertEquals("sensor-1", driver.table(2).getItem(0).getText(0));
		assertEquals("DevicePolicy", driver.table(3).getItem(0).getText(0));
		assertEquals("SELECT * FROM 'things/+/telemetry'", driver.table(4).getItem(0).getText(2));
		assertTrue(errors.isEmpty(), errors.toString());

		String id = row.getText(0);
		driver.select(1, 0);
		Button deactivate = driver.actionButton(1, "Deactivate…");
		assertTrue(deactivate.isEnabled());
		driver.click(deactivate);
		waitUntil(() -> driver.table(1).getItemCount() == 1 && "INACTIVE".equals(driver.table(1).getItem(0).getText(1)),
				"the certificate to show INACTIVE");
		assertEquals(1, questions.size());
		assertTrue(questions.get(0).contains(id), questions.get(0));
		assertEquals("INACTIVE", cloud.iot().describeCertificate(r -> r.certificateId(id)).certificateDescription().statusAsString());
		assertTrue(errors.isEmpty(), errors.toString());
		driver.select(1, 0);
		screenshot("aws-console.png");
	}

	@Test
	void mqttTestClientRoundTripAndShadowEdit() throws Exception {
		driver.showTab(5);
		driver.subscribe("#");
		waitForJobs();
		driver.publish("things/sensor-1/telemetry", "{\"temperature\":22}");
		waitUntil(() -> driver.receivedTopics().contains("copies/telemetry"), "the message and the rule's republished copy");
		assertTrue(driver.receivedTopics().contains("things/sensor-1/telemetry"), driver.receivedTopics().toString());
		assertEquals(driver.receivedTopics().size(), driver.messageRows(), "every message is a row");
		driver.selectMessage(0);
		screenshot("aws-console-mqtt.png");

		driver.showTab(6);
		driver.loadShadow("sensor-1");
		waitForJobs();
		driver.updateDesired("{\"led\":\"on\"}");
		waitUntil(() -> driver.shadowDelta().contains("\"led\": \"on\""), "the delta to show the new desired state");
		assertTrue(errors.isEmpty(), errors.toString());
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0));
		}
		return rows;
	}

	/** A documentation screenshot (target/screenshots) of the workbench window, the view maximized. */
	private void screenshot(String name) throws Exception {
		IWorkbenchPage page = view.getSite().getPage();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Shell shell = view.getSite().getShell();
		Display display = shell.getDisplay();
		SwtEvents.drain(); // lay out and paint before copying the screen
		shell.update();
		Path file = Path.of("target", "screenshots", name);
		Files.createDirectories(file.getParent());
		Rectangle bounds = shell.getBounds();
		GC gc = new GC(display);
		Image image = new Image(display, bounds.width, bounds.height);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		}
	}

	private static void waitForJobs() {
		waitUntil(() -> Job.getJobManager().find(ViewDriver.JOB_FAMILY).length == 0, "console jobs to finish");
		SwtEvents.drain(); // the results the jobs handed back
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		SwtEvents.until(condition, TIMEOUT_MS, what);
	}
}
