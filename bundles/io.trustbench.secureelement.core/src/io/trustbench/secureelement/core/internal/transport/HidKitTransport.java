package io.trustbench.secureelement.core.internal.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.hid4java.HidDevice;
import org.hid4java.HidException;
import org.hid4java.HidManager;
import org.hid4java.HidServices;
import org.hid4java.HidServicesSpecification;
import org.hid4java.ScanMode;

import io.trustbench.secureelement.core.DeviceType;
import io.trustbench.secureelement.core.internal.registry.DeviceTypeRegistry;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;
import io.trustbench.secureelement.core.kit.KitTransport;
import io.trustbench.secureelement.core.kit.TransportContext;

/**
 * USB HID kits through hid4java (hidapi): lists attached devices whose VID/PID belongs to a
 * device type on the {@code hid} transport (Root dongle 04D8:0F30, Signer dongle 04D8:0F31) and
 * opens them by path. Without hardware it lists nothing; without a usable hidapi it reports one
 * clear line instead of failing the scan.
 */
public final class HidKitTransport implements KitTransport {

	public static final String ID = "hid";

	private HidServices services;
	private DeviceTypeRegistry types;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<KitEndpoint> discover(TransportContext context, IProgressMonitor monitor) throws IOException {
		List<KitEndpoint> found = new ArrayList<>();
		List<DeviceType> hidTypes = types().onTransport(ID);
		for (HidDevice device : services().getAttachedHidDevices()) {
			for (DeviceType type : hidTypes) {
				if (type.matchesUsb(device.getVendorId(), device.getProductId())) {
					found.add(endpoint(device, type));
				}
			}
		}
		return found;
	}

	static KitEndpoint endpoint(HidDevice device, DeviceType type) {
		String serial = device.getSerialNumber();
		String suffix = serial != null && !serial.isBlank() ? serial : Integer.toHexString(device.getPath().hashCode());
		String id = String.format("hid:%04x:%04x:%s", device.getVendorId(), device.getProductId(), suffix);
		String name = device.getProduct() == null ? type.label() : device.getProduct();
		return new KitEndpoint(id, ID, name, device.getPath(), device.getVendorId(), device.getProductId(), type.id());
	}

	@Override
	public KitConnection open(KitEndpoint endpoint, TransportContext context, IProgressMonitor monitor)
			throws IOException {
		for (HidDevice device : services().getAttachedHidDevices()) {
			if (device.getPath().equals(endpoint.location())) {
				if (!device.isOpen() && !device.open()) {
					throw new IOException("cannot open HID device " + endpoint.location() + ": "
							+ device.getLastErrorMessage() + " (permissions? see docs/secure-element.md)");
				}
				return new HidKitConnection(endpoint, device);
			}
		}
		throw new IOException("HID device " + endpoint.id() + " is not plugged in");
	}

	private synchronized HidServices services() throws IOException {
		if (services == null) {
			try {
				HidServicesSpecification spec = new HidServicesSpecification();
				spec.setAutoStart(false);
				spec.setAutoShutdown(true);
				spec.setScanMode(ScanMode.NO_SCAN);
				spec.setAutoDataRead(false);
				services = HidManager.getHidServices(spec);
			} catch (HidException | LinkageError e) {
				throw new IOException("USB HID is not available (hidapi): " + e.getMessage(), e);
			}
		}
		return services;
	}

	private synchronized DeviceTypeRegistry types() {
		if (types == null) {
			types = DeviceTypeRegistry.load();
		}
		return types;
	}
}
