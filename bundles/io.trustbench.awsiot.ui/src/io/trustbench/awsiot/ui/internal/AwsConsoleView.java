package io.trustbench.awsiot.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.console.AwsConsole;
import io.trustbench.provisioning.core.console.ConsoleStatus;
import io.trustbench.provisioning.core.console.Listing;
import io.trustbench.provisioning.core.console.Rows;

/**
 * The AWS IoT Console view: one connection (local emulator, AWS, or an endpoint URL) and tabs for
 * CA certificates, certificates, things, policies, topic rules, the MQTT test client and shadows.
 * Presentation only: every call is an {@link AwsConsole} method run in a {@link ConsoleJob}.
 */
public final class AwsConsoleView extends ViewPart {

	public static final String ID = "io.trustbench.awsiot.ui.consoleView";

	private ConsoleDialogs dialogs = ConsoleDialogs.SWT;
	private volatile AwsConsole console;
	private ConnectionBar bar;
	private CTabFolder folder;
	private ResourceTabs tabs;
	private MqttTab mqtt;
	private ShadowTab shadow;
	private Label status;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		bar = new ConnectionBar(parent);
		bar.connect.addListener(SWT.Selection, e -> connect());
		bar.refresh.addListener(SWT.Selection, e -> refresh());
		folder = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
		tabs = new ResourceTabs(folder, this);
		tab(Messages.tab_cas, tabs.cas.control());
		tab(Messages.tab_certificates, tabs.certificates.control());
		tab(Messages.tab_things, tabs.things.control());
		tab(Messages.tab_policies, tabs.policies.control());
		tab(Messages.tab_rules, tabs.rules.control());
		mqtt = new MqttTab(folder, this);
		tab(Messages.tab_mqtt, mqtt.control());
		shadow = new ShadowTab(folder, this);
		tab(Messages.tab_shadow, shadow.control());
		folder.setSelection(1);
		tabs.things.viewer().addSelectionChangedListener(e -> tabs.things.selected().ifPresent(t -> shadow.showThing(t.name())));
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);
		status.setText(Messages.status_notConnected);
		for (ResourceTab<?> tab : java.util.List.of(tabs.cas, tabs.certificates, tabs.things, tabs.policies, tabs.rules)) {
			tab.showMessage(Messages.status_notConnected);
		}
	}

	private void tab(String title, Control control) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	/** The connected console, or null. */
	public AwsConsole console() {
		return console;
	}

	/** The connected console for work in a job; not connected is a one-line error there. */
	AwsConsole connected() {
		AwsConsole c = console;
		if (c == null) {
			throw new IllegalStateException(Messages.status_notConnected);
		}
		return c;
	}

	public void setDialogs(ConsoleDialogs dialogs) {
		this.dialogs = dialogs;
	}

	/** Connects to what the connection bar names (the local emulator starts on demand), then lists. */
	public void connect() {
		ConnectionProfile profile;
		try {
			profile = bar.profile();
		} catch (IllegalArgumentException e) {
			report(ConsoleStatus.error(e.getMessage()));
			return;
		}
		AwsConsole[] opened = new AwsConsole[1];
		run(Messages.bind(Messages.job_connect, profile.describe()), monitor -> {
			try {
				opened[0] = AwsConsole.open(profile, WorkspaceLocation.get());
				return ConsoleStatus.ok(Messages.bind(Messages.status_connected, profile.describe()));
			} catch (Exception e) {
				return ConsoleStatus.error(Messages.bind(Messages.job_connect, profile.describe()), e);
			}
		}, result -> {
			if (opened[0] != null) {
				use(opened[0]);
			}
		});
	}

	/** Shows {@code other} (tests: a console on an emulator they run); the previous one is closed. */
	public void use(AwsConsole other) {
		AwsConsole previous = console;
		console = other;
		if (previous != null && previous != other) {
			new Thread(previous::close, "close AWS IoT console").start();
		}
		mqtt.reset();
		bar.refresh.setEnabled(true);
		setContentDescription(other.session().profile().describe());
		refresh();
	}

	/** Lists every resource kind again (one Job; a kind that fails shows its error in its table). */
	public void refresh() {
		AwsConsole c = console;
		if (c == null) {
			connect();
			return;
		}
		Listings listed = new Listings();
		run(Messages.job_list, monitor -> listed.fill(c, monitor), result -> {
			if (console == c) {
				listed.showIn(tabs);
			}
		});
	}

	/** Runs a row action after confirmation (when it needs one), then refreshes. */
	<T> void runAction(ResourceTab.RowAction<T> action, T row) {
		if (action.confirm() != null && !confirm(action.label(), action.confirm().apply(row))) {
			return;
		}
		run(action.label(), monitor -> action.run().run(row, monitor), result -> refresh());
	}

	boolean confirm(String title, String question) {
		return dialogs.confirm(getSite().getShell(), title, question);
	}

	/** Runs cloud work in a Job; its status shows in the status line, errors also in a dialog. */
	void run(String name, Function<IProgressMonitor, IStatus> work, Consumer<IStatus> done) {
		status.setText(name + "…");
		ConsoleJob.run(name, folder, work, result -> {
			report(result);
			done.accept(result);
		});
	}

	void report(IStatus result) {
		if (status.isDisposed() || result.getSeverity() == IStatus.CANCEL) {
			return;
		}
		status.setText(result.getMessage());
		if (result.getSeverity() == IStatus.ERROR) {
			dialogs.showError(result);
		}
	}

	/** Test access to the widgets. */
	ResourceTabs tabs() {
		return tabs;
	}

	MqttTab mqttTab() {
		return mqtt;
	}

	ShadowTab shadowTab() {
		return shadow;
	}

	String statusText() {
		return status.getText();
	}

	CTabFolder folder() {
		return folder;
	}

	@Override
	public void setFocus() {
		folder.setFocus();
	}

	@Override
	public void dispose() {
		AwsConsole c = console;
		console = null;
		if (c != null) {
			new Thread(c::close, "close AWS IoT console").start();
		}
		super.dispose();
	}

	/** What one refresh found, filled in the job and shown on the UI thread. */
	private static final class Listings {
		Listing<Rows.CaCertificate> cas;
		Listing<Rows.Certificate> certificates;
		Listing<Rows.Thing> things;
		Listing<Rows.Policy> policies;
		Listing<Rows.TopicRule> rules;

		IStatus fill(AwsConsole c, IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, Messages.job_list, 5);
			MultiStatus problems = new MultiStatus(ConsoleStatus.PLUGIN_ID, 0, Messages.job_listFailed, null);
			cas = listing(() -> c.lister().caCertificates(progress.split(1)), Messages.tab_cas, problems);
			certificates = listing(() -> c.lister().certificates(progress.split(1)), Messages.tab_certificates, problems);
			things = listing(() -> c.lister().things(progress.split(1)), Messages.tab_things, problems);
			policies = listing(() -> c.lister().policies(progress.split(1)), Messages.tab_policies, problems);
			rules = listing(() -> c.lister().topicRules(progress.split(1)), Messages.tab_rules, problems);
			return problems.isOK() ? ConsoleStatus.ok(Messages.bind(Messages.status_listed, c.session().profile().describe()))
					: problems.getChildren()[0];
		}

		private static <T> Listing<T> listing(java.util.function.Supplier<Listing<T>> call, String kind, MultiStatus problems) {
			try {
				return call.get();
			} catch (RuntimeException e) {
				if (e instanceof org.eclipse.core.runtime.OperationCanceledException) {
					throw e;
				}
				IStatus error = ConsoleStatus.error(kind, e);
				problems.add(error);
				// Shown in place of the rows, like an unsupported call, so the other kinds still show.
				return Listing.unsupported(error.getMessage());
			}
		}

		void showIn(ResourceTabs tabs) {
			show(tabs.cas, cas);
			show(tabs.certificates, certificates);
			show(tabs.things, things);
			show(tabs.policies, policies);
			show(tabs.rules, rules);
		}

		private static <T> void show(ResourceTab<T> tab, Listing<T> listing) {
			if (listing != null) {
				tab.show(listing);
			}
		}
	}
}
