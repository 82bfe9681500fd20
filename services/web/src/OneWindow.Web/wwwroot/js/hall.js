// The hall display's voice: the browser's own speech synthesis in Chinese, nothing fetched from elsewhere.
export function announce(text) {
  if (!("speechSynthesis" in window)) {
    return false;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = "zh-CN";
  utterance.rate = 0.9;
  window.speechSynthesis.speak(utterance);
  return true;
}
