"""A small notes API: the service the example container files build and run."""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg
import redis
from fastapi import FastAPI

cache = redis.Redis.from_url(os.environ["REDIS_URL"])


def connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["DATABASE_URL"])


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    with connect() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text NOT NULL)")
    yield


app = FastAPI(title="notes", lifespan=lifespan)


@app.get("/health")
def health() -> dict[str, str]:
    # Reached by the Dockerfile's HEALTHCHECK; it answers only when the database does.
    with connect() as conn:
        conn.execute("SELECT 1")
    return {"status": "ok"}


@app.get("/notes")
def list_notes() -> list[dict[str, object]]:
    with connect() as conn:
        rows = conn.execute("SELECT id, body FROM notes ORDER BY id").fetchall()
    return [{"id": row[0], "body": row[1]} for row in rows]


@app.post("/notes")
def add_note(body: str) -> dict[str, object]:
    with connect() as conn:
        (note_id,) = conn.execute("INSERT INTO notes (body) VALUES (%s) RETURNING id", (body,)).fetchone()
    cache.incr("notes:created")
    return {"id": note_id, "body": body}
