package io.trustbench.provisioning.ui.internal.run;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import io.trustbench.provisioning.ui.ProvisioningUi;

/** The wizard's icons, created once per control and disposed with it. */
public final class RunImages {

	public static final String COPY = "icons/copy16.png";
	public static final String RETRY = "icons/retry16.png";
	public static final String STOP = "icons/stop16.png";

	private final LocalResourceManager resources;

	public RunImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public Image get(String path) {
		return resources.create(descriptor(path));
	}

	public Image forState(StepRow.State state) {
		return get(switch (state) {
		case PENDING -> "icons/step-pending16.png";
		case RUNNING -> "icons/step-running16.png";
		case DONE -> "icons/step-done16.png";
		case ALREADY_DONE -> "icons/step-already16.png";
		case FAILED -> "icons/step-failed16.png";
		case NOT_RUN -> "icons/step-notrun16.png";
		});
	}

	public static ImageDescriptor descriptor(String path) {
		return ResourceLocator.imageDescriptorFromBundle(ProvisioningUi.PLUGIN_ID, path)
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}
}
