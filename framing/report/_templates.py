"""What a report looks like: label order, colours, CSS and the inline scripts (no Python logic).

The colours of the three labels are the CSS variables at the top of `CSS` (``--fact``,
``--claim``, ``--framing`` and their ``-bg`` tints); the histogram and the tooltip bars use the
same variables.
"""

__all__ = ["CSS", "JS_COMMON", "JS_CORPUS", "ORDER"]

# Display order: the writer's plain statements first, then other voices, then the writer's
# own interpretation.
ORDER: tuple[str, str, str] = ("fact", "claim", "framing")

CSS = """
:root{--fact:#0072b2;--claim:#b35c00;--framing:#a8327d;--fact-bg:#e3eff8;--claim-bg:#fbeedd;
--framing-bg:#f7e4f0;--ink:#1d1d1f;--muted:#5c5c66;--rule:#d5d5dc;--paper:#fff}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--paper);
font:17px/1.6 Georgia,"Times New Roman",serif}
header,main{max-width:52rem;margin:0 auto;padding:0 1.2rem}
.corpus header,.corpus main,.corpus footer{max-width:64rem}
header{padding-top:1.2rem}
h1{font-size:1.5rem;line-height:1.25;margin:.2rem 0}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
.ui,.profile,.legend,table,.pager,#tip,.meta,.hist,.nav,.filter{
font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:.9rem}
.meta{color:var(--muted);margin:0 0 .6rem}
.bar{display:flex;height:1.4rem;border:1px solid var(--ink);border-radius:3px;overflow:hidden;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.bar>span{display:block;height:100%}
.bar .fact,.swatch.fact{background:var(--fact)}
.bar .claim,.swatch.claim{background:repeating-linear-gradient(45deg,var(--claim) 0 4px,
#e8a25a 4px 7px)}
.bar .framing,.swatch.framing{background:radial-gradient(circle,#fff 1.2px,var(--framing)
1.6px) 0 0/6px 6px}
.counts{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.4rem 0;padding:0;list-style:none}
.swatch{display:inline-block;width:.9rem;height:.9rem;border:1px solid var(--ink);
vertical-align:-.1rem;margin-right:.3rem;-webkit-print-color-adjust:exact;
print-color-adjust:exact}
.sources{margin:.3rem 0;padding-left:1.2rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center;padding:.5rem .7rem;
margin:.8rem 0;border:1px solid var(--rule);border-radius:4px;background:#fafafa}
.legend .s{cursor:default}
.doc-text p{margin:0 0 1em}
.s{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.22em;
text-decoration-skip-ink:none;border-radius:2px;cursor:help;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.s.fact{background:var(--fact-bg);text-decoration-style:solid;text-decoration-color:var(--fact)}
.s.claim{background:var(--claim-bg);text-decoration-style:dashed;
text-decoration-color:var(--claim)}
.s.framing{background:var(--framing-bg);text-decoration-style:wavy;
text-decoration-color:var(--framing)}
.s:focus{outline:2px solid var(--ink);outline-offset:1px}
.s:hover{filter:brightness(.95)}
mark{background:none;color:inherit;padding:0 .05em;border-radius:2px}
mark.src{font-weight:bold;box-shadow:inset 0 -.45em 0 rgba(179,92,0,.22)}
mark.cue{outline:1.5px solid var(--claim);outline-offset:-1px}
mark.fcue{font-style:italic;font-weight:bold;color:var(--framing)}
.tags .s::after{content:attr(data-label);font:bold .62rem/1 system-ui,sans-serif;
text-transform:uppercase;vertical-align:super;margin-left:.2em;padding:0 .2em;
border:1px solid currentColor;border-radius:2px;color:var(--muted)}
.tags .legend .s::after{content:none}
#tip{position:absolute;z-index:10;width:20rem;max-width:calc(100vw - 1rem);
padding:.5rem .7rem;background:#fff;
border:1px solid var(--ink);border-radius:4px;box-shadow:0 3px 10px rgba(0,0,0,.2);
pointer-events:none}
#tip[hidden]{display:none}
.tip-h{font-weight:bold;text-transform:uppercase;letter-spacing:.04em}
.tip-p{display:grid;grid-template-columns:4.5rem 1fr 3rem;gap:.4rem;align-items:center}
.tip-p .track{height:.55rem;background:#eee;border:1px solid #bbb}
.tip-p .track span{display:block;height:100%}
.tip-p .num{text-align:right;font-variant-numeric:tabular-nums}
.tip-x{margin-top:.3rem}
.tip-x b{font-weight:600}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .45rem;border-bottom:1px solid var(--rule);text-align:right}
th:nth-child(2),td:nth-child(2),#docs th:last-child,#docs td:last-child{text-align:left}
td:nth-child(2){overflow-wrap:anywhere}
th,td:not(:nth-child(2)):not(:last-child){white-space:nowrap}
th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;
color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
.pager,.filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0}
.hist{max-width:100%;height:auto}
.hist rect.b{fill:var(--framing)}
.hist text{font-size:11px;fill:var(--ink)}
.nav{display:flex;gap:1rem;margin:.8rem 0}
footer{max-width:52rem;margin:2rem auto;padding:0 1.2rem;color:var(--muted);
font:.8rem system-ui,sans-serif}
@media print{.toggle,.pager,.filter,.nav,#tip{display:none!important}
body{font-size:11pt}.s:hover{filter:none}a{color:inherit;text-decoration:none}}
"""

# Tooltip, shared by both kinds of report: filled from the sentence's data-* attributes with
# textContent only (no markup from the data ever reaches innerHTML).
JS_COMMON = r"""
(function(){"use strict";
var L=["fact","claim","framing"],tip=document.getElementById("tip"),cur=null;
function add(p,tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;
if(text!=null)e.textContent=text;p.appendChild(e);return e;}
function extra(k,v){if(!v)return;var d=add(tip,"div","tip-x");add(d,"b",null,k+": ");
d.appendChild(document.createTextNode(v));}
function show(el){if(cur&&cur!==el)cur.removeAttribute("aria-describedby");cur=el;
var d=el.dataset;tip.textContent="";add(tip,"div","tip-h "+d.label,d.label);
L.forEach(function(l){var p=parseFloat(d["p"+l[0].toUpperCase()+l.slice(1)])||0;
var r=add(tip,"div","tip-p");r.dataset.label=l;add(r,"span",null,l);
var t=add(r,"span","track");add(t,"span","bar-"+l).style.width=(100*p).toFixed(1)+"%";
t.firstChild.style.background="var(--"+l+")";add(r,"span","num",(100*p).toFixed(0)+"%");});
extra("source",d.source);extra("refers to",d.sourceResolved);extra("cue",d.cue);
if(d.inherited==="true")extra("note","inside a quotation attributed nearby");
extra("framing cues",d.cues);tip.hidden=false;el.setAttribute("aria-describedby","tip");
var rs=el.getClientRects(),r=rs.length?rs[0]:el.getBoundingClientRect();
var w=tip.offsetWidth,x=Math.min(r.left,document.documentElement.clientWidth-w-8);
tip.style.left=Math.max(4,x+window.scrollX)+"px";
tip.style.top=(rs.length?rs[rs.length-1]:r).bottom+window.scrollY+6+"px";}
function hide(el){if(el&&el!==cur)return;tip.hidden=true;
if(cur)cur.removeAttribute("aria-describedby");cur=null;}
function sent(t){return t&&t.closest?t.closest(".doc-text .s"):null;}
document.addEventListener("mouseover",function(e){var s=sent(e.target);if(s)show(s);});
document.addEventListener("mouseout",function(e){var s=sent(e.target);
if(s&&!s.contains(e.relatedTarget)&&document.activeElement!==s)hide(s);});
document.addEventListener("focusin",function(e){var s=sent(e.target);if(s)show(s);});
document.addEventListener("focusout",function(e){var s=sent(e.target);if(s)hide(s);});
document.addEventListener("keydown",function(e){if(e.key==="Escape")hide();});
var tg=document.getElementById("tags");if(tg){var f=function(){
document.body.classList.toggle("tags",tg.checked);};tg.addEventListener("change",f);f();}
})();
"""

# The corpus page: table (sort, filter, paginate) and hash routing to lazily built doc views.
JS_CORPUS = r"""
(function(){"use strict";
var D=JSON.parse(document.getElementById("corpus-data").textContent);
var C=D.columns,R=D.rows,st={key:"i",dir:1,page:0,size:50,q:""};
var tb=document.querySelector("#docs tbody"),info=document.getElementById("page-info");
var ov=document.getElementById("overview"),dv=document.getElementById("docview");
var ix={};C.forEach(function(c,i){ix[c.key]=i;});
function pct(x){return (100*x).toFixed(0)+"%";}
function cell(tr,v){var td=document.createElement("td");td.textContent=v;tr.appendChild(td);
return td;}
function view(){var q=st.q.toLowerCase(),k=ix[st.key],d=st.dir;
var v=q?R.filter(function(r){return r[ix.id].toLowerCase().indexOf(q)>=0;}):R.slice();
v.sort(function(a,b){var x=a[k],y=b[k];if(x<y)return -d;if(x>y)return d;
return a[0]-b[0];});return v;}
function draw(){var v=view(),n=v.length,pages=Math.max(1,Math.ceil(n/st.size));
st.page=Math.min(st.page,pages-1);var a=st.page*st.size,rows=v.slice(a,a+st.size);
var fr=document.createDocumentFragment();rows.forEach(function(r){
var tr=document.createElement("tr");tr.dataset.doc=r[0];cell(tr,r[0]+1);
var td=document.createElement("td"),ln=document.createElement("a");ln.href="#doc/"+(r[0]+1);
ln.textContent=r[ix.id];td.appendChild(ln);tr.appendChild(td);cell(tr,r[ix.n]);
["fact","claim","framing"].forEach(function(l){var c=cell(tr,pct(r[ix[l]])+" ("+
r[ix["n_"+l]]+")");c.dataset.share=r[ix[l]];c.dataset.label=l;});
cell(tr,r[ix.n_sources]);cell(tr,r[ix.top]);fr.appendChild(tr);});
tb.textContent="";tb.appendChild(fr);
info.textContent=n?"Documents "+(a+1)+"\u2013"+(a+rows.length)+" of "+n+" \u00b7 page "+
(st.page+1)+" of "+pages:"No documents match.";
document.getElementById("prev").disabled=st.page===0;
document.getElementById("next").disabled=st.page>=pages-1;
document.querySelectorAll("#docs th[data-key]").forEach(function(th){
th.setAttribute("aria-sort",th.dataset.key===st.key?(st.dir>0?"ascending":"descending"):
"none");});}
document.querySelectorAll("#docs th[data-key] button").forEach(function(b){
b.addEventListener("click",function(){var k=b.parentNode.dataset.key;
if(st.key===k)st.dir=-st.dir;else{st.key=k;st.dir=k==="id"||k==="i"?1:-1;}
st.page=0;draw();});});
document.getElementById("prev").addEventListener("click",function(){st.page--;draw();});
document.getElementById("next").addEventListener("click",function(){st.page++;draw();});
document.getElementById("size").addEventListener("change",function(e){
st.size=parseInt(e.target.value,10);st.page=0;draw();});
document.getElementById("q").addEventListener("input",function(e){st.q=e.target.value;
st.page=0;draw();});
function route(){var m=/^#doc\/(\d+)$/.exec(location.hash),i=m?parseInt(m[1],10)-1:-1;
var src=i>=0?document.getElementById("doc-"+i):null;
if(!src){dv.hidden=true;dv.textContent="";ov.hidden=false;return;}
var r=R[i],nav='<nav class="nav ui"><a href="#">\u2190 all documents</a>'+
(i>0?'<a class="prev-doc" href="#doc/'+i+'">previous</a>':"")+
(i+1<R.length?'<a class="next-doc" href="#doc/'+(i+2)+'">next</a>':"")+"</nav>";
dv.innerHTML=nav+src.textContent;var h=document.createElement("h2");h.id="doc-title";
h.tabIndex=-1;h.textContent=r[ix.id];dv.insertBefore(h,dv.children[1]);dv.dataset.doc=i;
ov.hidden=true;dv.hidden=false;window.scrollTo(0,0);h.focus();}
window.addEventListener("hashchange",route);draw();route();
})();
"""
