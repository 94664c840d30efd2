; torchsmt obligation abs.jvp_zero_at_zero (lemma, op abs, kink)
; kink convention of abs's jvp rule
(set-info :source |torchsmt lemma abs.jvp_zero_at_zero kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (= x0_0 0.0))
(assert
 (= x0_1 0.0))
(assert
 (= x0_2 0.0))
(assert
 (let ((?x31 (ite (< 0.0 x0_2) 1.0 (ite (> 0.0 x0_2) (- 1.0) 0.0))))
(let ((?x30 (ite (< 0.0 x0_1) 1.0 (ite (> 0.0 x0_1) (- 1.0) 0.0))))
(let ((?x29 (ite (< 0.0 x0_0) 1.0 (ite (> 0.0 x0_0) (- 1.0) 0.0))))
(let (($x38 (and (= 0.0 (* w_0 ?x29)) (= 0.0 (* w_1 ?x30)) (= 0.0 (* w_2 ?x31)))))
(not $x38))))))
(check-sat)
