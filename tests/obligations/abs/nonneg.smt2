; torchsmt obligation abs.nonneg (lemma, op abs, crown)
; 0 <= |x|
(set-info :source |torchsmt lemma abs.nonneg kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(assert
 (let (($x10 (>= (ite (> 0.0 x) (- x) x) 0.0)))
(not $x10)))
(check-sat)
