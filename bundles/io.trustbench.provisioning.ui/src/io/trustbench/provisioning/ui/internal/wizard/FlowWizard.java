package io.trustbench.provisioning.ui.internal.wizard;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.ui.internal.inputs.DeviceChoices;
import io.trustbench.provisioning.ui.internal.run.StepRow;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * The one wizard for every contributed provisioning flow: (choose a flow,) what it does, where it
 * connects, its options, the live run, the summary. Opened for a given flow from the menus, or from
 * File > New > Other… with the list of flows first.
 */
public final class FlowWizard extends Wizard implements INewWizard {

	private final FlowWizardModel model;
	private final DeviceChoices devices;
	private IWorkbenchWindow window;
	private ConnectionPage connection;
	private RunPage run;
	private SummaryPage summary;

	/** For File > New: the flow is chosen on the first page. */
	public FlowWizard() {
		this(null, null);
	}

	/** @param device a kit to choose in the device inputs of its type (opened on a kit), or null */
	public FlowWizard(FlowRegistry.Descriptor flow, String device) {
		Path workspace = WorkspaceLocation.get();
		DeviceManager manager = DeviceManager.forWorkspace(workspace);
		model = new FlowWizardModel(workspace, manager, flow);
		devices = new DeviceChoices(manager, device);
		setHelpAvailable(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		window = workbench.getActiveWorkbenchWindow();
	}

	@Override
	public void addPages() {
		if (model.descriptor() == null) {
			addPage(new FlowSelectionPage(model));
		}
		addPage(new IntroPage(model));
		connection = new ConnectionPage(model.connection(), model::changed);
		addPage(connection);
		addPage(new OptionsPage(model, devices));
		run = new RunPage(model, new RunPage.Host() {
			@Override
			public String prepare() {
				String problem = connection.saveCredentials();
				if (problem == null) {
					ConsoleViews.show(window());
				}
				return problem;
			}

			@Override
			public void succeeded(FlowRunner.Result result, List<StepRow> rows, Map<String, String> values, long millis) {
				summary.show(headline(result, rows, millis), rows, values);
				getContainer().showPage(summary);
			}
		});
		addPage(run);
		summary = new SummaryPage();
		addPage(summary);
	}

	private String headline(FlowRunner.Result result, List<StepRow> rows, long millis) {
		long kept = rows.stream().filter(r -> r.state() == StepRow.State.ALREADY_DONE).count();
		return NLS.bind(kept == 0 ? Messages.Summary_headline : Messages.Summary_headlineKept, new Object[] { result.flow().label(),
				model.connection().profile().describe(), String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0),
				rows.size(), kept });
	}

	private IWorkbenchWindow window() {
		return window != null ? window : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	@Override
	public String getWindowTitle() {
		return model.descriptor() == null ? Messages.Wizard_titleNoFlow : NLS.bind(Messages.Wizard_title, model.descriptor().label());
	}

	@Override
	public boolean canFinish() {
		return summary != null && summary.isPageComplete() && !run.running();
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public boolean performCancel() {
		return run == null || run.confirmClose();
	}

	@Override
	public void dispose() {
		if (run != null) {
			run.cancel(); // closed another way while running: never leave a run behind a closed wizard
		}
		super.dispose();
	}
}
