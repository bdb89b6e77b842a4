package io.trustbench.secureelement.ui.internal.explorer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Asks every transport for kits; a transport that fails is shown on its node, not as an error dialog. */
final class ScanJob extends Job {

	private final ExplorerModel model;

	ScanJob(ExplorerModel model) {
		super(Messages.ScanJob_name);
		this.model = model;
		setRule(DeviceRule.forScan());
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		model.scanned(model.devices().scan(monitor));
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return ExplorerModel.JOB_FAMILY.equals(family);
	}
}
