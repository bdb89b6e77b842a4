package io.trustbench.provisioning.ui.internal.wizard;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;
import io.trustbench.provisioning.ui.internal.run.FlowJob;
import io.trustbench.provisioning.ui.internal.run.ProgressPanel;
import io.trustbench.provisioning.ui.internal.run.RunImages;
import io.trustbench.provisioning.ui.internal.run.RunListener;
import io.trustbench.provisioning.ui.internal.run.StepRow;
import io.trustbench.provisioning.ui.internal.run.StepTable;
import io.trustbench.provisioning.ui.internal.run.UiThreadRunListener;

/**
 * Runs the flow in a job and shows it live: progress, each step's status, the explanation of the
 * step running, the flow's detail lines (kit traffic and AWS calls go to the Console view). A
 * failure is one line with the step's name and a retry that continues from that step.
 */
final class RunPage extends WizardPage implements RunListener {

	/** Data key on the page's controls, valued with their role; tests find them by it. */
	static final String PART_KEY = "io.trustbench.provisioning.ui.run";

	/** What the wizard does around a run: save keys first, show the Console, show the summary after. */
	interface Host {
		/** Before each run; a one-line problem stops it. */
		String prepare();

		void succeeded(FlowRunner.Result result, List<StepRow> steps, Map<String, String> summary, long millis);
	}

	private final FlowWizardModel model;
	private final Host host;
	private ProgressPanel progress;
	private StepTable steps;
	private Label explanation;
	private Text log;
	private Button retry;
	private Button stop;
	private Button details;
	private FlowJob job;
	private FlowRunner.Result result;
	private IStatus failure;
	private int ranRevision = -1;
	private int runs;
	private long started;

	RunPage(FlowWizardModel model, Host host) {
		super("run");
		this.model = model;
		this.host = host;
		setTitle(Messages.Run_title);
		setDescription(Messages.Run_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		progress = new ProgressPanel(composite);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress.control());
		SashForm sash = new SashForm(composite, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(sash);
		steps = new StepTable(sash, "run");
		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(lower);
		explanation = new Label(lower, SWT.WRAP);
		explanation.setData(PART_KEY, "explanation");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(explanation);
		log = new Text(lower, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		log.setData(PART_KEY, "log");
		log.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(log);
		sash.setWeights(45, 55);
		createButtons(composite);
		setControl(composite);
		updateButtons();
	}

	private void createButtons(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		RunImages images = new RunImages(row);
		retry = button(row, Messages.Run_retry, "retry", images.get(RunImages.RETRY));
		retry.addListener(SWT.Selection, e -> start());
		stop = button(row, Messages.Run_stop, "stop", images.get(RunImages.STOP));
		stop.addListener(SWT.Selection, e -> cancel());
		details = button(row, Messages.Run_details, "details", null);
		details.addListener(SWT.Selection, e -> ErrorDialog.openError(getShell(), Messages.Run_failedTitle,
				getErrorMessage(), failure));
	}

	private static Button button(Composite row, String text, String role, org.eclipse.swt.graphics.Image image) {
		Button button = new Button(row, SWT.PUSH);
		button.setText(text);
		button.setImage(image);
		button.setData(PART_KEY, role);
		return button;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && job == null && ranRevision != model.revision()) {
			start();
		}
	}

	/** Starts a run; after a failure it is the retry: the runner keeps completed steps. */
	void start() {
		if (job != null) {
			return;
		}
		String problem = host.prepare();
		if (problem != null) {
			setErrorMessage(problem);
			return;
		}
		runs++;
		ranRevision = model.revision();
		result = null;
		failure = null;
		started = System.nanoTime();
		setPageComplete(false);
		setErrorMessage(null);
		setMessage(runs == 1 ? null : Messages.Run_retrying, IMessageProvider.INFORMATION);
		append(NLS.bind(runs == 1 ? Messages.Run_startLine : Messages.Run_retryLine, model.descriptor().label(),
				model.connection().profile().describe()));
		FlowJob.Request request = new FlowJob.Request(model.descriptor(), model.workspace(), model.devices(),
				model.connection().profile(), model.options());
		job = new FlowJob(request, new UiThreadRunListener(getControl(), this), progress);
		job.schedule();
		updateButtons();
	}

	boolean running() {
		return job != null;
	}

	void cancel() {
		if (job != null) {
			job.cancel();
		}
	}

	/** Closing while a run goes on: ask, then cancel it (the state keeps what completed). */
	boolean confirmClose() {
		if (job == null) {
			return true;
		}
		if (!MessageDialog.openQuestion(getShell(), Messages.Run_closeTitle, Messages.Run_closeQuestion)) {
			return false;
		}
		cancel();
		return true;
	}

	@Override
	public void planned(List<FlowStep> planned) {
		steps.plan(planned);
	}

	@Override
	public void stepStarted(FlowStep step) {
		steps.started(step);
		explanation.setText(step.label() + " — " + step.explanation());
		explanation.setForeground(null);
		explanation.getParent().layout();
	}

	@Override
	public void stepEnded(FlowRunner.StepResult ended) {
		steps.ended(ended);
	}

	@Override
	public void log(String line) {
		append(line);
	}

	private void append(String line) {
		log.append(line + System.lineSeparator());
	}

	@Override
	public void finished(FlowRunner.Result finished, Map<String, String> summary) {
		job = null;
		result = finished;
		steps.finished(finished);
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (finished.ok()) {
			append(NLS.bind(Messages.Run_doneLine, millis));
			setMessage(Messages.Run_done, IMessageProvider.INFORMATION);
			setPageComplete(true);
			updateButtons();
			host.succeeded(finished, steps.rows(), summary, millis);
			return;
		}
		FlowRunner.StepResult failed = finished.failedStep().orElseThrow();
		if (finished.cancelled()) {
			setMessage(NLS.bind(Messages.Run_stopped, failed.step().label()), IMessageProvider.WARNING);
			append(NLS.bind(Messages.Run_stopped, failed.step().label()));
		} else {
			failure = finished.status();
			String line = NLS.bind(Messages.Run_failed, failed.step().label(), failed.message());
			setErrorMessage(line);
			append(line);
			showFailure(line);
		}
		updateButtons();
	}

	@Override
	public void failedToStart(IStatus status) {
		job = null;
		failure = status;
		setErrorMessage(status.getMessage());
		append(status.getMessage());
		showFailure(status.getMessage());
		updateButtons();
	}

	/** The whole line where the step's explanation was: the title area shows only two lines of it. */
	private void showFailure(String line) {
		explanation.setText(line);
		explanation.setForeground(JFaceColors.getErrorText(explanation.getDisplay()));
		explanation.getParent().layout();
	}

	private void updateButtons() {
		boolean running = job != null;
		retry.setEnabled(!running && result != null && !result.ok() || !running && failure != null);
		stop.setEnabled(running);
		details.setEnabled(!running && failure != null);
		if (getContainer() != null && getContainer().getCurrentPage() == this) {
			getContainer().updateButtons();
		}
	}

	@Override
	public IWizardPage getPreviousPage() {
		return job != null ? null : super.getPreviousPage();
	}

	@Override
	public boolean canFlipToNextPage() {
		return job == null && result != null && result.ok();
	}
}
