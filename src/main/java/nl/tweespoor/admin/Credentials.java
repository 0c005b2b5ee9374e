package nl.tweespoor.admin;

/** The signed-in user's account with its password hash, only to check the password they give before changing it. */
record Credentials(Account account, String passwordHash) {

    @Override
    public String toString() {
        return "Credentials[" + account + "]";
    }
}
