package org.ordertocash.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anyone out (docs/adr/0004): failed logins are
 * counted per user <em>and client address</em>, and per client address. From the fifth failure of
 * a user from one address on, that address waits before the next try for that user (2 s, 4 s, …
 * up to 5 minutes); after 50 failures within 15 minutes an address waits 15 minutes for any user.
 * Nothing is kept for longer than 15 minutes without failures; a success clears the user's count
 * for that address. The account itself is never locked: the person, from their own desk, and every
 * administrator can still log in while someone else guesses.
 */
@Component
public class LoginThrottle {

  static final int FREE_FAILURES = 4;
  static final Duration MAX_WAIT = Duration.ofMinutes(5);
  static final int ADDRESS_FAILURES = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> byUserAndAddress = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this address must wait before trying this user again; zero if it may try now. */
  public Duration waitBefore(String user, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    Failures pair = current(byUserAndAddress, key(user, address), now);
    if (pair != null && pair.count() > FREE_FAILURES) {
      Duration step = Duration.ofSeconds(1L << Math.min(pair.count() - FREE_FAILURES, 9));
      wait = remaining(pair.last().plus(step.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : step), now);
    }
    Failures all = current(byAddress, address, now);
    if (all != null && all.count() >= ADDRESS_FAILURES) {
      Duration addressWait = remaining(all.last().plus(WINDOW), now);
      wait = addressWait.compareTo(wait) > 0 ? addressWait : wait;
    }
    return wait;
  }

  public void failed(String user, String address) {
    Instant now = clock.instant();
    byUserAndAddress.compute(key(user, address), (k, old) -> next(old, now));
    byAddress.compute(address, (k, old) -> next(old, now));
    forgetOld(now);
  }

  public void succeeded(String user, String address) {
    byUserAndAddress.remove(key(user, address));
  }

  /** An administrator lets a user try again at once, from every address. */
  public void clear(String user) {
    byUserAndAddress.keySet().removeIf(key -> key.startsWith(user + "\n"));
  }

  private Failures next(Failures old, Instant now) {
    boolean fresh = old == null || old.last().plus(WINDOW).isBefore(now);
    return new Failures(fresh ? 1 : old.count() + 1, now);
  }

  private Failures current(Map<String, Failures> map, String key, Instant now) {
    Failures failures = map.get(key);
    return failures == null || failures.last().plus(WINDOW).isBefore(now) ? null : failures;
  }

  private void forgetOld(Instant now) {
    if (byUserAndAddress.size() + byAddress.size() > 10_000) {
      byUserAndAddress.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
      byAddress.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
    }
  }

  private static Duration remaining(Instant until, Instant now) {
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  private static String key(String user, String address) {
    return user + "\n" + address;
  }
}
