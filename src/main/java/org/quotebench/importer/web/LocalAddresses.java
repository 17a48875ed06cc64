package org.quotebench.importer.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Addresses on the user's own machine or network (localhost, loopback, private, link-local: the
 * cloud's metadata service at 169.254.169.254 too), by name, by IP literal, or by what a host name
 * resolves to ("intranet.courier.example" whose DNS answers 10.0.0.7). A page or feed on the internet
 * may not lead the fetcher there (a redirect, a feed's item); an address the user gives may.
 */
final class LocalAddresses {
    /** Resolves a host name to its addresses: the JDK's resolver, whose answers the HTTP client then reuses; tests give their own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver SYSTEM = InetAddress::getAllByName;

    private LocalAddresses() {
    }

    /** Whether the address's host is this machine or its local network, asking the JDK's resolver for a host name. */
    static boolean isLocal(URI address) {
        return isLocal(address, SYSTEM);
    }

    /**
     * Whether the address's host is this machine or its local network: by name, by IP literal, or by any
     * address {@code resolver} gives for the name. A name that does not resolve is not local (fetching it
     * fails on its own).
     */
    static boolean isLocal(URI address, Resolver resolver) {
        String host = address.getHost();
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local")) {
            return true;
        }
        boolean literal = h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        try {
            InetAddress[] addresses = literal ? new InetAddress[] {InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h)}
                    : resolver.resolve(h);
            for (InetAddress ip : addresses) {
                if (ip.isLoopbackAddress() || ip.isSiteLocalAddress() || ip.isLinkLocalAddress() || ip.isAnyLocalAddress()
                        || isUniqueLocal(ip)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** IPv6 unique local addresses (fc00::/7), IPv6's private networks, which isSiteLocalAddress does not count. */
    private static boolean isUniqueLocal(InetAddress ip) {
        byte[] bytes = ip.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
    }
}
