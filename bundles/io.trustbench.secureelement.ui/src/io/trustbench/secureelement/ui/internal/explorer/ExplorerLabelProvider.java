package io.trustbench.secureelement.ui.internal.explorer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

/** Icon, name and grey qualifier for every node; red for a failure. */
final class ExplorerLabelProvider extends LabelProvider implements IStyledLabelProvider {

	private final ExplorerImages images;

	ExplorerLabelProvider(ExplorerImages images) {
		this.images = images;
	}

	@Override
	public StyledString getStyledText(Object element) {
		String name = ExplorerLabels.name(element);
		if (element instanceof MessageNode message) {
			return new StyledString(name, message.error() ? ERROR_STYLER : StyledString.QUALIFIER_STYLER);
		}
		StyledString text = new StyledString(name);
		String qualifier = ExplorerLabels.qualifier(element);
		if (!qualifier.isEmpty()) {
			text.append("  " + qualifier, StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
		}
		return text;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof TransportNode transport) {
			return images.get(ExplorerImages.forTransport(transport.id()));
		}
		if (element instanceof DeviceNode device) {
			DeviceDetails details = device.state().details();
			boolean locked = details != null && details.info().locks().configLocked()
					&& details.info().locks().dataLocked();
			return images.get(locked ? ExplorerImages.DEVICE_LOCKED : ExplorerImages.DEVICE);
		}
		if (element instanceof ConfigZoneNode || element instanceof ConfigSlotNode) {
			return images.get(ExplorerImages.CONFIG);
		}
		if (element instanceof ConfigWordNode) {
			return images.get(ExplorerImages.CONFIG_WORD);
		}
		if (element instanceof SlotsNode) {
			return images.get(ExplorerImages.SLOTS);
		}
		if (element instanceof SlotNode slot) {
			return images.get(ExplorerImages.forUse(slot.use()));
		}
		if (element instanceof MessageNode message) {
			return switch (message.kind()) {
			case ERROR -> images.get(ExplorerImages.ERROR);
			case PENDING -> images.get(ExplorerImages.PENDING);
			case INFO -> null;
			};
		}
		return null;
	}

	private static final StyledString.Styler ERROR_STYLER = StyledString.createColorRegistryStyler(
			org.eclipse.jface.preference.JFacePreferences.ERROR_COLOR, null);
}
