package io.denialwatch.common.model;

/**
 * The account a post was published from.
 *
 * @param id     the platform's stable id of the account (e.g. {@code x:1234} or a DID)
 * @param handle the handle as shown on the platform, without the leading {@code @}
 * @param name   the display name, in whatever script the owner chose
 * @param kind   outlet, official or person; {@code null} when the source does not say
 */
public record Account(String id, String handle, String name, AccountKind kind) {}
