package io.trustbench.decoder.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.filter.DisplayFilter;
import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.decoder.ui.internal.ladder.LadderPane;
import io.trustbench.decoder.ui.internal.model.CaptureModel;
import io.trustbench.decoder.ui.internal.model.Connection;
import io.trustbench.decoder.ui.internal.model.FilterPass;
import io.trustbench.decoder.ui.internal.model.FlowMessage;
import io.trustbench.decoder.ui.internal.model.FlowMessages;

/**
 * The TLS Handshake editor: Wireshark's packet list, detail tree and hex pane on the left, the
 * connection's ladder diagram and the explanation of the selected message on the right, a
 * display filter and the key-log setting on top. The capture is indexed once in a job (the list
 * grows meanwhile); rows, details and filters are decoded on demand, off the UI thread.
 */
public final class CaptureEditor extends EditorPart {

	private final EditorJobs jobs = new EditorJobs(this);

	private Path file;
	private Path keyLog;
	private CaptureModel model;
	private String filterText = "";
	private int[] filtered;
	private String indexError;
	private boolean indexing;
	private boolean filtering;
	private long lastLadderRefresh;

	private FilterBar filterBar;
	private PacketTable packets;
	private FieldTreePane fields;
	private HexPane hex;
	private LadderPane ladder;
	private ExplanationPane explanation;

	private int shownFrame = -1;
	private DecodedFrame shownDecoded;
	private List<FlowMessage> shownMessages = List.of();
	private Job detailJob;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput pathInput)) {
			throw new PartInitException(Messages.bind(Messages.Editor_badInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		file = pathInput.getPath().toPath().toAbsolutePath().normalize();
		keyLog = input instanceof CaptureEditorInput capture && capture.keyLog() != null ? capture.keyLog()
				: KeyLogPreferences.get(file);
		setPartName(input.getName());
		setTitleToolTip(file.toString());
	}

	@Override
	public void createPartControl(Composite parent) {
		SashForm main = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(main, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginHeight = 0;
		grid.marginWidth = 0;
		grid.verticalSpacing = 0;
		left.setLayout(grid);
		filterBar = new FilterBar(left, this::applyFilter, this::chooseKeyLog);
		filterBar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm panes = new SashForm(left, SWT.VERTICAL);
		panes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		packets = new PacketTable(panes);
		fields = new FieldTreePane(panes);
		hex = new HexPane(panes);
		panes.setWeights(40, 35, 25);

		SashForm right = new SashForm(main, SWT.VERTICAL);
		ladder = new LadderPane(right);
		explanation = new ExplanationPane(right);
		right.setWeights(62, 38);
		main.setWeights(64, 36);

		packets.onFrameSelected(this::showDetail);
		fields.onFieldSelected(this::fieldSelected);
		hex.onByteClicked(fields::selectByte);
		ladder.onFrameClicked(this::selectFrame);
		open();
	}

	/** (Re)opens the capture with the current key log and starts indexing it. */
	private void open() {
		closeModel();
		shownFrame = -1;
		showDecoded(null);
		indexError = null;
		try {
			model = new CaptureModel(file, keyLog, DissectorRegistry.withContributions());
		} catch (IOException e) {
			// an unreadable key log must not keep the capture closed
			indexError = Messages.bind(Messages.Editor_keyLogUnreadable, keyLog, e.getMessage());
			keyLog = null;
			try {
				model = new CaptureModel(file, null, DissectorRegistry.withContributions());
			} catch (IOException impossible) {
				throw new IllegalStateException(impossible);
			}
		}
		packets.setModel(model);
		ladder.setConnections(List.of());
		startIndexing(model);
	}

	private void startIndexing(CaptureModel indexed) {
		indexing = true;
		Display display = getSite().getShell().getDisplay();
		java.util.concurrent.atomic.AtomicBoolean progressQueued = new java.util.concurrent.atomic.AtomicBoolean();
		jobs.pass(Messages.bind(Messages.Editor_indexing, file.getFileName()), monitor -> {
			IStatus result = Status.OK_STATUS;
			try {
				indexed.buildIndex(monitor, () -> {
					// at most one refresh waiting in the UI queue, however fast the pass goes
					if (progressQueued.compareAndSet(false, true)) {
						display.asyncExec(() -> {
							progressQueued.set(false);
							indexProgress(indexed, false);
						});
					}
				});
			} catch (OperationCanceledException e) {
				result = Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				result = Status.error(Messages.bind(Messages.Editor_indexFailed, file.getFileName(), e.getMessage()), e);
			}
			IStatus done = result;
			display.asyncExec(() -> indexDone(indexed, done));
			// an error is reported once, by indexDone, not again by the job manager
			return result.getSeverity() == IStatus.ERROR ? Status.OK_STATUS : result;
		});
	}

	private void indexProgress(CaptureModel indexed, boolean force) {
		if (indexed != model || packets.control().isDisposed()) {
			return;
		}
		packets.refreshCount();
		long now = System.currentTimeMillis();
		if (force || now - lastLadderRefresh > 500) {
			lastLadderRefresh = now;
			ladder.setConnections(indexed.connections());
		}
		updateStatus();
	}

	private void indexDone(CaptureModel indexed, IStatus status) {
		if (indexed != model || packets.control().isDisposed()) {
			return;
		}
		indexing = false;
		if (status.getSeverity() == IStatus.ERROR) {
			indexError = status.getMessage();
			StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
		} else if (status.getSeverity() == IStatus.CANCEL) {
			indexError = Messages.Editor_indexCancelled;
		}
		indexProgress(indexed, true);
		if (!filterText.isBlank()) {
			applyFilter(filterText);
		}
	}

	/** Runs a display filter over the capture (empty: show all); syntax errors show inline. */
	public void applyFilter(String text) {
		filterText = text == null ? "" : text.trim();
		filterBar.setFilterText(filterText);
		if (filterText.isEmpty()) {
			filterBar.setError(null);
			filtered = null;
			packets.showFrames(null);
			updateStatus();
			return;
		}
		Predicate<DecodedFrame> predicate;
		try {
			predicate = DisplayFilter.parse(filterText)::matches;
		} catch (IllegalArgumentException e) {
			filterBar.setError(Messages.bind(Messages.Editor_badFilter, e.getMessage()));
			return;
		}
		filterBar.setError(null);
		CaptureModel filteredModel = model;
		String appliedText = filterText;
		filtering = true;
		updateStatus();
		Display display = getSite().getShell().getDisplay();
		jobs.pass(Messages.bind(Messages.Editor_filtering, appliedText), monitor -> {
			try {
				int[] result = FilterPass.run(filteredModel, predicate, monitor);
				display.asyncExec(() -> filterDone(filteredModel, appliedText, result));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				display.asyncExec(() -> filterDone(filteredModel, appliedText, null));
				return Status.CANCEL_STATUS;
			} catch (IOException e) {
				display.asyncExec(() -> filterDone(filteredModel, appliedText, null));
				return Status.error(Messages.bind(Messages.Editor_filterFailed, e.getMessage()), e);
			}
		});
	}

	private void filterDone(CaptureModel filteredModel, String appliedText, int[] result) {
		if (filteredModel != model || !appliedText.equals(filterText) || packets.control().isDisposed()) {
			return;
		}
		filtering = false;
		if (result != null) {
			filtered = result;
			packets.showFrames(result);
		}
		updateStatus();
	}

	/** Selects a frame's row (when the filter shows it) and shows its details. */
	public void selectFrame(int frame) {
		packets.reveal(frame);
		showDetail(frame);
	}

	private void showDetail(int frame) {
		if (frame == shownFrame && shownDecoded != null) {
			return;
		}
		shownFrame = frame;
		if (detailJob != null) {
			detailJob.cancel();
		}
		CaptureModel decodedModel = model;
		Display display = getSite().getShell().getDisplay();
		detailJob = jobs.quick(Messages.bind(Messages.Editor_decodingFrame, frame), monitor -> {
			try {
				DecodedFrame decoded = decodedModel.decode(frame);
				display.asyncExec(() -> {
					if (decodedModel == model && frame == shownFrame && !packets.control().isDisposed()) {
						showDecoded(decoded);
					}
				});
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return Status.error(Messages.bind(Messages.Editor_decodeFailed, frame, e.getMessage()), e);
			}
		});
	}

	private void showDecoded(DecodedFrame decoded) {
		shownDecoded = decoded;
		fields.show(decoded);
		hex.show(decoded);
		shownMessages = decoded == null ? List.of() : model.messagesOf(decoded);
		explanation.show(shownMessages, null);
		if (decoded != null) {
			Connection connection = model.connectionOf(decoded.number());
			ladder.showFrame(connection == null ? -1 : connection.id(), decoded.number());
		}
	}

	private void fieldSelected(List<Field> path) {
		Field field = path.isEmpty() ? null : path.get(path.size() - 1);
		hex.highlight(field);
		explanation.show(shownMessages, FlowMessages.keyOf(path));
	}

	/** Asks for an NSS key-log file and decodes the capture again with it. */
	public void chooseKeyLog() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(Messages.Editor_chooseKeyLog);
		dialog.setFilterPath((keyLog != null ? keyLog : file).getParent().toString());
		dialog.setFilterExtensions(new String[] { "*.keylog;*.log;*.txt", "*" });
		dialog.setFilterNames(new String[] { Messages.Editor_keyLogFiles, Messages.Editor_allFiles });
		String chosen = dialog.open();
		if (chosen != null) {
			setKeyLog(Path.of(chosen));
		}
	}

	/** Uses {@code chosen} (null: none) for this capture from now on and decodes it again. */
	public void setKeyLog(Path chosen) {
		keyLog = chosen == null ? null : chosen.toAbsolutePath().normalize();
		KeyLogPreferences.set(file, keyLog);
		setInputWithNotify(new CaptureEditorInput(file, keyLog));
		open();
	}

	private void updateStatus() {
		if (model == null) {
			return;
		}
		int total = model.packetCount();
		int shown = filtered == null ? total : filtered.length;
		StringBuilder sb = new StringBuilder();
		sb.append(Messages.bind(Messages.Editor_statusPackets, total));
		sb.append(Messages.bind(Messages.Editor_statusDisplayed, shown,
				String.format("%.1f", total == 0 ? 100.0 : 100.0 * shown / total)));
		sb.append(Messages.bind(Messages.Editor_statusConnections, model.connections().size()));
		sb.append(keyLog == null ? Messages.bind(Messages.Editor_statusNoKeyLog, model.keyLogEntries())
				: Messages.bind(Messages.Editor_statusKeyLog, keyLog.getFileName(), model.keyLogEntries()));
		if (indexing) {
			sb.append(Messages.Editor_statusIndexing);
		}
		if (filtering) {
			sb.append(Messages.Editor_statusFiltering);
		}
		if (indexError != null) {
			sb.append(" · ").append(indexError);
		}
		filterBar.setStatus(sb.toString());
	}

	private void closeModel() {
		if (model != null) {
			jobs.cancelAll();
			try {
				model.close();
			} catch (IOException e) {
				// closing a read-only file: nothing to recover
			}
			model = null;
		}
	}

	@Override
	public void dispose() {
		packets.dispose();
		closeModel();
		super.dispose();
	}

	@Override
	public void setFocus() {
		packets.control().setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	// --- for tests and handlers

	public CaptureModel model() {
		return model;
	}

	public Path keyLog() {
		return keyLog;
	}

	/** What the editor is doing, for test failure messages. */
	String state() {
		return "indexing=" + indexing + " filtering=" + filtering + " detail="
				+ (detailJob == null ? "none" : detailJob.getState()) + " jobs="
				+ java.util.Arrays.toString(Job.getJobManager().find(this)) + " complete="
				+ (model != null && model.indexComplete()) + " rows=" + packets.rowCount();
	}

	public boolean busy() {
		return indexing || filtering || (detailJob != null && detailJob.getState() != Job.NONE);
	}

	PacketTable packets() {
		return packets;
	}

	FieldTreePane fields() {
		return fields;
	}

	HexPane hex() {
		return hex;
	}

	FilterBar filterBar() {
		return filterBar;
	}

	public LadderPane ladder() {
		return ladder;
	}

	ExplanationPane explanation() {
		return explanation;
	}

	/** The frame whose details are shown, or -1. */
	public int shownFrame() {
		return shownDecoded == null ? -1 : shownDecoded.number();
	}

	DecodedFrame shownDecoded() {
		return shownDecoded;
	}
}
