"""Owner mode: what only the person running a deployment may do.

A public dashboard is read-only for visitors: they explore, and their uploads stay in their own
session.  With the owner key (environment variable TENSION_TRACKER_OWNER_KEY, or `owner_key` in
Streamlit's secrets) entered in the sidebar, the owner can add uploaded articles to the store,
edit the store's feed list and ingest the feeds now.  Without a configured key, owner mode does not
exist at all.
"""

from __future__ import annotations

import hmac
import os
import tempfile
from pathlib import Path

import streamlit as st

ENV_KEY = "TENSION_TRACKER_OWNER_KEY"
SESSION_FLAG = "owner_mode"


def owner_key() -> str:
    key = os.environ.get(ENV_KEY, "")
    if not key:
        try:
            key = str(st.secrets.get("owner_key", ""))
        except Exception:  # no secrets file: Streamlit raises rather than returning nothing
            key = ""
    return key


def is_owner() -> bool:
    return bool(st.session_state.get(SESSION_FLAG)) and bool(owner_key())


def render_owner(db: Path | None) -> None:
    key = owner_key()
    if not key:
        return
    with st.sidebar.expander("Owner"):
        if not is_owner():
            typed = st.text_input("Owner key", type="password", key="owner_key_input")
            if st.button("Enter owner mode", key="owner_login"):
                if hmac.compare_digest(typed.encode(), key.encode()):
                    st.session_state[SESSION_FLAG] = True
                    st.rerun()
                else:
                    st.error("That key is not the owner key.")
            return
        st.success("Owner mode")
        if st.button("Leave owner mode", key="owner_logout"):
            st.session_state[SESSION_FLAG] = False
            st.rerun()
        if db is None:
            st.caption("No store configured (set TENSION_TRACKER_DB): nothing to write to.")
            return
        _store_actions(db)


def _store_actions(db: Path) -> None:
    from analysis.feeds import ingest_feeds
    from analysis.store import Store, StoreError
    from dashboard.components.uploads import check_uploads, save_uploads

    files = st.file_uploader("Add files to the store", accept_multiple_files=True, key="owner_files",
                             type=["txt", "md", "csv", "tsv", "json", "jsonl", "html", "htm"])
    try:
        with Store(db) as store:
            current = store.feeds()
    except StoreError as exc:
        st.error(str(exc).replace(str(db), db.name))
        return
    text = st.text_area("Feeds (one URL per line)", value="\n".join(current), key="owner_feeds")
    save, ingest = st.columns(2)
    try:
        if files and st.button("Ingest files into the store", key="owner_ingest_files"):
            kept, refused = check_uploads(files)
            for message in refused:
                st.error(message)
            with st.status("Ingesting into the store…") as status, tempfile.TemporaryDirectory() as folder:
                with Store(db) as store:
                    result = store.ingest(save_uploads(kept, folder))
                status.update(label=f"Stored: {result.articles_new:,} new articles", state="complete")
        if save.button("Save feeds", key="owner_save_feeds"):
            with Store(db) as store:
                store.set_feeds(text.splitlines())
            st.success("Feeds saved.")
        if ingest.button("Ingest feeds now", key="owner_ingest_feeds"):
            with st.status("Reading feeds…") as status, Store(db) as store:
                results, result = ingest_feeds(store, store.feeds())
                for feed in results:
                    (st.warning if feed.error else st.write)(feed.error or f"{feed.url}: {feed.new} new")
                status.update(label=f"Feeds: {result.articles_new:,} new articles", state="complete")
    except (StoreError, ValueError) as exc:
        st.error(str(exc).replace(str(db), db.name))
