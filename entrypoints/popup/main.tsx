import { render } from "preact"; render(<p>Sift</p>, document.getElementById("app")!);
