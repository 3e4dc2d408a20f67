# Tension Tracker's dashboard as a container: docker build -t tension-tracker . && docker run -p 8501:8501 tension-tracker
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

# Runs as an unprivileged user; the code is read-only to it.
RUN useradd --create-home --uid 10001 tracker
COPY --chown=root:root . .
USER tracker

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"

# Mount your own articles at /data and set TENSION_TRACKER_CORPUS=/data to analyse them instead of seeds/.
CMD ["python", "-m", "streamlit", "run", "dashboard/app.py", "--server.address=0.0.0.0", "--server.port=8501"]
